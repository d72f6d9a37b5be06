//! Offline support: registers the service worker that caches this build's files.

use wasm_bindgen_futures::JsFuture;

/// Registers `sw.js` next to index.html (relative, so any sub-path works). Only over http(s):
/// a page opened from a file cannot have one. Failure only means no offline copy.
pub fn register_service_worker() {
    let window = gloo::utils::window();
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    let container = window.navigator().service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(container.register("./sw.js")).await;
    });
}
