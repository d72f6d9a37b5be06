//! Malformed hashes (`#s/<payload>`, `#x`): the address is changed to the not-found route before
//! the app reads it, at start-up and on every later change, so what the address bar shows and
//! what the screen says agree.

use gloo::events::{EventListener, EventListenerOptions};

const NOT_FOUND: &str = "#/404";

/// Repairs the current hash, then guards every later change. Call before the app renders.
pub fn guard() {
    if let Some(url) = repaired_url() {
        let _ = gloo::utils::window().location().replace(&url);
    }
    for event in ["popstate", "hashchange"] {
        // Capture listeners on the window run before the app's own (bubble) listener.
        let options = EventListenerOptions::run_in_capture_phase();
        EventListener::new_with_options(&gloo::utils::window(), event, options, |event| {
            if let Some(url) = repaired_url() {
                event.stop_immediate_propagation();
                // Replacing fires these events again: do it after this listener returns.
                gloo::timers::callback::Timeout::new(0, move || {
                    let _ = gloo::utils::window().location().replace(&url);
                })
                .forget();
            }
        })
        .forget();
    }
}

/// The not-found address, when the current hash is malformed.
fn repaired_url() -> Option<String> {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    if hash.is_empty() || hash.starts_with("#/") {
        return None;
    }
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    Some(format!("{base}{NOT_FOUND}"))
}
