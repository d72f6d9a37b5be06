//! Reading a file the user picked.

use wasm_bindgen_futures::JsFuture;

/// Files larger than this are refused before reading: no HireKit export comes near it.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    if file.size() > MAX_FILE_BYTES {
        return Err("This file is too large to be a HireKit file (over 20 MB).".to_string());
    }
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| "The browser could not read that file. Try choosing it again.".to_string())
}
