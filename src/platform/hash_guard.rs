//! Malformed hashes (`#s/<payload>`, `#x`): the router only reads hashes that start with `#/`
//! and throws on any other, so such a hash is turned into the not-found route before the router
//! sees it, at start-up and on every later change.

use gloo::events::{EventListener, EventListenerOptions};

const NOT_FOUND: &str = "#/404";

/// Repairs the current hash, then guards every later change. Call before the app renders.
pub fn guard() {
    repair();
    for event in ["popstate", "hashchange"] {
        // Capture listeners on the window run before the router's own (bubble) listener.
        let options = EventListenerOptions::run_in_capture_phase();
        EventListener::new_with_options(&gloo::utils::window(), event, options, |event| {
            if repair() {
                event.stop_immediate_propagation();
            }
        })
        .forget();
    }
}

/// True when the hash was malformed and is now the not-found route.
fn repair() -> bool {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    if hash.is_empty() || hash.starts_with("#/") {
        return false;
    }
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let _ = location.replace(&format!("{base}{NOT_FOUND}"));
    true
}
