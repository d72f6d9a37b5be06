//! How much this site stores, and whether the browser promises not to clear it on its own.

use serde::Deserialize;
use wasm_bindgen_futures::JsFuture;

/// The browser's answer to `navigator.storage.estimate()`, read with serde-wasm-bindgen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
pub struct Estimate {
    #[serde(default)]
    pub usage: f64,
    #[serde(default)]
    pub quota: f64,
}

fn manager() -> web_sys::StorageManager {
    gloo::utils::window().navigator().storage()
}

pub async fn estimate() -> Option<Estimate> {
    let promise = manager().estimate().ok()?;
    let value = JsFuture::from(promise).await.ok()?;
    serde_wasm_bindgen::from_value(value).ok()
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
