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

/// Calls `ready` once a newer service worker takes over this tab (a deploy since it loaded), so
/// the app can say that a reload brings the new version. The first install is not an update.
pub fn on_update_ready(ready: impl Fn() + 'static) {
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let has_workers = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if !has_workers {
        return;
    }
    let container = navigator.service_worker();
    if container.controller().is_none() {
        return;
    }
    gloo::events::EventListener::once(&container, "controllerchange", move |_| ready()).forget();
}
