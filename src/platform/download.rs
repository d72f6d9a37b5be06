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
/// Returns a message when it cannot: the key is gone, storage refused, or the browser did.
pub fn kept_data(key: &str) -> Result<(), String> {
    match super::storage::read(key) {
        Ok(Some(raw)) => download(
            &format!("{}.json", key.replace(':', "-")),
            "application/json",
            &raw,
        ),
        Ok(None) => Err(format!(
            "The kept data {key} is no longer in this browser's storage."
        )),
        Err(err) => Err(format!("The kept data {key} could not be read: {err}")),
    }
}
