//! One writer at a time across tabs (P2): the read-merge-write of a save runs inside the Web
//! Locks API (`navigator.locks.request`), so two tabs never interleave their reads and writes.
//!
//! web-sys 0.3 puts `LockManager` behind its unstable-API cfg, so the call goes through
//! `Reflect`. Where the API is missing or refuses (old browsers, opaque origins), the work runs
//! at once: the stamps in the stored text (`store::Stamp`) still let the merge find the true
//! common base, so a race there costs a merge, not an edit.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The lock every HireKit tab takes around a save.
const LOCK_NAME: &str = "hirekit:document";

/// Runs `work` while holding the document lock, or at once where there is no lock to take.
pub fn with_document_lock(work: impl FnOnce() + 'static) {
    let work = Rc::new(RefCell::new(Some(work)));
    let run = {
        let work = work.clone();
        move || {
            let job = work.borrow_mut().take();
            if let Some(job) = job {
                job();
            }
        }
    };
    let Some((locks, request)) = lock_request() else {
        run();
        return;
    };
    let granted = {
        let run = run.clone();
        Closure::once_into_js(move |_lock: JsValue| {
            run();
            JsValue::UNDEFINED
        })
    };
    match request.call2(&locks, &JsValue::from_str(LOCK_NAME), &granted) {
        Ok(pending) => {
            // A refused request (SecurityError in a sandboxed frame) still saves, unlocked.
            let catch = Reflect::get(&pending, &JsValue::from_str("catch")).ok();
            if let Some(catch) = catch.and_then(|c| c.dyn_into::<Function>().ok()) {
                let refused = Closure::once_into_js(move |_err: JsValue| run());
                let _ = catch.call1(&pending, &refused);
            }
        }
        Err(_) => run(),
    }
}

/// `navigator.locks` and its `request` method, when this browser has them.
fn lock_request() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &JsValue::from_str("request")).ok()?;
    Some((locks, request.dyn_into::<Function>().ok()?))
}
