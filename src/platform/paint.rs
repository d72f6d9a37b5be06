//! Start-up without a blank screen: index.html paints the opened screen's frame (see
//! `crate::frames`) in `#frame`. The app mounts into a hidden root of its own and, once the
//! opened screen has drawn, takes the frame's place in one step. A frame that is missing, stale
//! or altered is simply replaced: nothing in it is read.
//!
//! The screen draws a task after the app's first render (`crate::pages::later`), so that no
//! single task blocks input for long on a slow phone: the frame waits for every part that holds
//! it (`hold` / `done`). Cards below the fold draw later still and do not hold it.

use std::cell::Cell;

use gloo::timers::callback::Timeout;
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

thread_local! {
    /// Parts of the opened screen still to draw, the app's own first render included; `None`
    /// once the app has taken the frame's place.
    static WAITING: Cell<Option<u32>> = const { Cell::new(Some(1)) };
}

/// Called while a part that draws later is first rendered: true when the frame must wait for it.
pub fn hold() -> bool {
    WAITING.with(|waiting| match waiting.get() {
        Some(count) => {
            waiting.set(Some(count + 1));
            true
        }
        None => false,
    })
}

/// The app's first render, or a held part, has drawn (or was dropped before it could): the last
/// one shows the app.
pub fn done() {
    let last = WAITING.with(|waiting| {
        let (left, last) = one_done(waiting.get());
        waiting.set(left);
        last
    });
    if last {
        reveal();
    }
}

/// What is left to wait for once one part is done, and whether that part was the last.
fn one_done(waiting: Option<u32>) -> (Option<u32>, bool) {
    match waiting {
        Some(count) if count > 1 => (Some(count - 1), false),
        Some(_) => (None, true),
        None => (None, false),
    }
}

/// Runs `draw` in a task of its own, after the current one; dropping the handle cancels it.
pub fn next_task(draw: impl FnOnce() + 'static) -> Timeout {
    Timeout::new(0, draw)
}

/// Removes the painted frame and shows the app, which now shows the same screen.
fn reveal() {
    let document = gloo::utils::document();
    if let Some(frame) = document.get_element_by_id(FRAME_ID) {
        frame.remove();
    }
    if let Some(root) = document.get_element_by_id(APP_ID) {
        let _ = root.remove_attribute("hidden");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_goes_with_the_last_part_and_only_then() {
        // The app's render and two held parts.
        let (left, last) = one_done(Some(3));
        assert_eq!((left, last), (Some(2), false));
        let (left, last) = one_done(left);
        assert_eq!((left, last), (Some(1), false));
        assert_eq!(one_done(left), (None, true));
        // A part released twice, or after the reveal, shows nothing again.
        assert_eq!(one_done(None), (None, false));
    }

    #[test]
    fn a_part_held_after_the_reveal_does_not_hold_the_screen() {
        WAITING.with(|waiting| waiting.set(None));
        assert!(!hold());
        WAITING.with(|waiting| waiting.set(Some(1)));
        assert!(hold());
        assert_eq!(WAITING.with(Cell::get), Some(2));
    }
}
