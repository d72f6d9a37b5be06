//! Reading a file the user picked.

use wasm_bindgen_futures::JsFuture;

/// Files larger than this are refused from their size, before reading: browser storage holds
/// about 5 million characters, so no export of it comes near 6 MB.
pub const MAX_FILE_BYTES: f64 = 6.0 * 1024.0 * 1024.0;

pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    if file.size() > MAX_FILE_BYTES {
        return Err("This file is too large to be a HireKit export (over 6 MB, more than browser storage holds): nothing was imported.".to_string());
    }
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| "The browser could not read that file. Try choosing it again.".to_string())
}
