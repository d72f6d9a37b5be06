//! A labelled text field that saves as the user types and shows a refusal in words beside it.
//!
//! The parent's `on_input` tries the text and returns `None` when it was taken, or the reason it
//! was not. What the user typed stays on screen while they edit (so "30." is not rewritten to
//! "30"), and a refusal is shown once they leave the field, then updated on every keystroke.

use crate::platform::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The value as saved.
    pub value: AttrValue,
    /// Tries a typed text: `None` when accepted, else why not.
    pub on_input: Callback<String, Option<String>>,
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
}

/// The text being edited and, if it was refused, why.
#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    error: Option<String>,
    show_error: bool,
    /// The saved value when the refusal happened: a later outside change (a reset) wins.
    based_on: AttrValue,
}

#[function_component(DraftField)]
pub fn draft_field(props: &DraftFieldProps) -> Html {
    let draft = use_state(|| None::<Draft>);
    let oninput = {
        let draft = draft.clone();
        let on_input = props.on_input.clone();
        let value = props.value.clone();
        Callback::from(move |e: InputEvent| {
            let text = dom::value(&e);
            let error = on_input.emit(text.clone());
            let show_error = error.is_some() && (*draft).as_ref().is_some_and(|d| d.show_error);
            draft.set(Some(Draft {
                text,
                error,
                show_error,
                based_on: value.clone(),
            }));
        })
    };
    let onblur = {
        let draft = draft.clone();
        Callback::from(move |_: FocusEvent| match (*draft).clone() {
            Some(d) if d.error.is_some() => draft.set(Some(Draft {
                show_error: true,
                ..d
            })),
            _ => draft.set(None),
        })
    };
    // A refused draft only stands while the saved value is the one it was typed against (or
    // the parent keeps the typed text itself); otherwise an outside change such as a reset wins.
    let live = (*draft)
        .as_ref()
        .filter(|d| d.error.is_none() || d.based_on == props.value || d.text == *props.value);
    let shown = live.map_or(props.value.clone(), |d| AttrValue::from(d.text.clone()));
    let error = live.filter(|d| d.show_error).and_then(|d| d.error.clone());
    let help_id = format!("{}-help", props.id);
    let error_id = format!("{}-error", props.id);
    let described = match (&props.help, &error) {
        (Some(_), Some(_)) => Some(format!("{help_id} {error_id}")),
        (Some(_), None) => Some(help_id.clone()),
        (None, Some(_)) => Some(error_id.clone()),
        (None, None) => None,
    };
    let invalid = error.as_ref().map(|_| "true");
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode={props.inputmode.clone()}
                autocomplete={props.autocomplete.clone()} value={shown}
                aria-describedby={described} aria-invalid={invalid} {oninput} {onblur} />
            if let Some(help) = props.help.clone() {
                <p class="help" id={help_id}>{ help }</p>
            }
            if let Some(error) = error {
                <p class="error" id={error_id} role="alert">{ error }</p>
            }
        </div>
    }
}

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
