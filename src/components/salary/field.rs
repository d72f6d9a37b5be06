//! Change handlers for the calculator's selects and checkboxes. Typed fields use
//! `components::draft_field::DraftField`.

use crate::platform::dom;
use yew::prelude::*;

/// An `onchange` handler for a `<select>` that hands on the chosen option's value.
/// Whatever the callback returns is dropped (a `filter_reform` hands back `Option<()>`).
pub fn on_select<T: 'static>(callback: Callback<String, T>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let _ = callback.emit(dom::value(&e));
    })
}

/// An `onchange` handler for a checkbox that hands on whether it is ticked.
pub fn on_check(callback: Callback<bool>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        callback.emit(dom::checked(&e));
    })
}
