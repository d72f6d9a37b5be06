//! Saving a file to the user's device: a Blob behind a temporary object URL, clicked.

use wasm_bindgen::JsCast;

/// Offers `contents` as a file download. Returns a message when the browser refuses.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), String> {
    let fail = |what: &str| format!("The file could not be saved ({what}).");
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("no Blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("no URL"))?;
    let document = gloo::utils::document();
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| fail("no link element"))?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Offers the raw text kept aside under a storage key (see `storage::KEPT_PREFIX`) as a file.
pub fn kept_data(key: &str) {
    if let Ok(Some(raw)) = super::storage::read(key) {
        let name = format!("{}.json", key.replace(':', "-"));
        let _ = download(&name, "application/json", &raw);
    }
}
