//! Copying text. The browser may refuse (no permission, insecure context), so callers always
//! show the text as well.

use wasm_bindgen_futures::JsFuture;

pub async fn copy(text: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| {
            "The browser did not allow copying: select the link below and copy it.".to_string()
        })
}
