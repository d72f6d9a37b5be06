//! What a route change does to the page itself: the browser tab's title, and where keyboard and
//! screen-reader focus goes (the new screen's heading, so it is announced).

use wasm_bindgen::JsCast;

/// Sets the document title shown in the browser tab and history.
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Moves focus to the first element matching one of `selectors` (in order), making it
/// focusable from script only. Nothing matches: focus stays where it is.
pub fn focus_first(selectors: &[&str]) {
    let document = gloo::utils::document();
    let found = selectors
        .iter()
        .find_map(|s| document.query_selector(s).ok().flatten());
    let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let _ = element.focus();
}
