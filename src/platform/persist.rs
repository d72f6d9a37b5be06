//! Whether the browser promises not to clear this site's data on its own, and asking it to.

use wasm_bindgen_futures::JsFuture;

fn manager() -> web_sys::StorageManager {
    gloo::utils::window().navigator().storage()
}

/// Whether storage is already persistent.
pub async fn is_persistent() -> Option<bool> {
    let promise = manager().persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser to keep this site's data until the user clears it; returns its answer.
pub async fn request() -> Option<bool> {
    let promise = manager().persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
