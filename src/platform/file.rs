//! Reading a file the user picked.

use wasm_bindgen_futures::JsFuture;

use super::storage::LOCAL_STORAGE_CHARS;

/// Files larger than this are refused from their size, before reading. Storage holds about 5
/// million UTF-16 units, and one unit takes at most 3 bytes of UTF-8 (Chinese, Hindi, Arabic
/// text), so no export of a full store is larger: 15 MiB.
pub const MAX_FILE_BYTES: f64 = (LOCAL_STORAGE_CHARS * 3) as f64;

pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    if file.size() > MAX_FILE_BYTES {
        return Err("This file is too large to be a HireKit export (over 15 MB, more than browser storage holds): nothing was imported.".to_string());
    }
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| "The browser could not read that file. Try choosing it again.".to_string())
}
