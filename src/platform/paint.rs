//! Start-up without a blank screen: index.html paints the opened screen's frame (see
//! `crate::frames`) in `#frame`. The app mounts into a hidden root of its own and, once its
//! whole first render is done (the root component's first effect), takes the frame's place in
//! one step. A frame that is missing, stale or altered is simply replaced: nothing in it is read.

use web_sys::Element;

const FRAME_ID: &str = "frame";
const APP_ID: &str = "app";

/// The element the app renders into: a new `#app` at the end of `<body>`, hidden while a frame
/// stands in for it. Without one (no `<body>` to add it to), the app renders into `<body>`.
pub fn app_root() -> Element {
    let document = gloo::utils::document();
    let body: Element = gloo::utils::body().into();
    let Ok(root) = document.create_element("div") else {
        return body;
    };
    root.set_id(APP_ID);
    if document.get_element_by_id(FRAME_ID).is_some() {
        let _ = root.set_attribute("hidden", "");
    }
    match body.append_child(&root) {
        Ok(_) => root,
        Err(_) => body,
    }
}

/// Removes the painted frame and shows the app, which now shows the same screen.
pub fn reveal() {
    let document = gloo::utils::document();
    if let Some(frame) = document.get_element_by_id(FRAME_ID) {
        frame.remove();
    }
    if let Some(root) = document.get_element_by_id(APP_ID) {
        let _ = root.remove_attribute("hidden");
    }
}
