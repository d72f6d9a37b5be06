//! Page-wide keyboard shortcuts and moving focus by element id, for live interview mode.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Calls `handler` for every key pressed in the page, until the returned listener is dropped.
pub fn on_keydown(handler: impl Fn(KeyboardEvent) + 'static) -> EventListener {
    // Not passive (gloo's default), so a shortcut can stop its key from also typing.
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
            handler(event.clone());
        }
    })
}

/// True when the key belongs to what the person is typing (a text field, a select, a modifier
/// combination), so a one-letter shortcut must not fire.
pub fn is_typing(event: &KeyboardEvent) -> bool {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return true;
    }
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    match target.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => {
            let kind = target.get_attribute("type").unwrap_or_default();
            !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit")
        }
        _ => target.has_attribute("contenteditable"),
    }
}

/// Moves keyboard focus to the element with this id (the browser scrolls it into view).
pub fn focus(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
