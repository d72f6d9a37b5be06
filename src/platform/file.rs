//! Reading a file the user picked, as text. The browser reads it without any network request.

use wasm_bindgen_futures::JsFuture;

/// The whole text of `file`, or a message in words when the browser cannot read it.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or_else(|| "The browser could not read that file. Try choosing it again.".to_string())
}
