//! The one field for everything typed: amounts, counts, years, minutes, lists, rates, names.
//!
//! What a person types is not always the stored value: "85k" is stored as 85000, and saving
//! "Django, " as ["Django"] and showing the list again would eat the comma mid-word. So the field
//! keeps the typed text (the draft) and asks the parent's `on_input` what it means: `Ok` with the
//! stored value's text it now stands for (the parent saved it), or `Err` with the engine reader's
//! refusal, which shows beside the field (nothing is saved).
//!
//! Which text to show is decided while rendering, never by an effect copying props into state:
//! - an accepted draft shows while the stored value is still the one it stands for;
//! - a refused draft shows, with its message, while the stored value is still the one it was
//!   typed over (so an old value never comes back on its own while the message is up), and
//!   while the person is still in the field (another tab's change does not wipe their typing);
//! - otherwise the stored value wins: an import, another tab, undo or a preset changed it.
//!
//! A parent that keeps the typed text itself (a form sent with a button, a pair saved together)
//! passes it as `value`, answers `Ok(text)`, and gives its reader's refusal as `error`.

use crate::components::spec::controls::described_by;
use crate::platform::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// Keep the label for screen readers only (a table cell whose row says what it is).
    #[prop_or_default]
    pub hide_label: bool,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The stored value as text: what the field shows when no draft stands.
    pub value: AttrValue,
    /// Reads and saves a typed text: `Ok(the stored text it stands for)` or `Err(why not)`.
    pub on_input: Callback<String, Result<String, String>>,
    /// A problem found by rules elsewhere (such as a minimum above a maximum).
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or(AttrValue::Static("numeric"))]
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Classes for the input itself.
    #[prop_or_default]
    pub class: Classes,
    /// More lines under the field (a warning about the saved value).
    #[prop_or_default]
    pub children: Html,
}

/// What was typed, what it was read as, the stored value it was typed over, and whether the
/// person is still in the field.
#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    read: Result<String, String>,
    typed_over: AttrValue,
    editing: bool,
}

impl Draft {
    /// Whether this draft, rather than the stored `value`, is what the field shows.
    fn stands(&self, value: &str) -> bool {
        match &self.read {
            Ok(means) => means == value,
            Err(_) => self.editing || self.typed_over == value,
        }
    }
}

#[function_component(DraftField)]
pub fn draft_field(props: &DraftFieldProps) -> Html {
    let draft = use_state(|| None::<Draft>);
    let live = draft.as_ref().filter(|d| d.stands(&props.value));
    let shown = live.map_or_else(|| props.value.to_string(), |d| d.text.clone());
    let error = live
        .and_then(|d| d.read.clone().err())
        .or_else(|| props.error.clone());
    let oninput = {
        let (draft, on_input, typed_over) =
            (draft.clone(), props.on_input.clone(), props.value.clone());
        Callback::from(move |e: InputEvent| {
            let text = dom::value(&e);
            let read = on_input.emit(text.clone());
            draft.set(Some(Draft {
                text,
                read,
                typed_over: typed_over.clone(),
                editing: true,
            }));
        })
    };
    let onblur = {
        let draft = draft.clone();
        Callback::from(move |_: FocusEvent| {
            if let Some(d) = draft.as_ref().filter(|d| d.editing) {
                draft.set(Some(Draft {
                    editing: false,
                    ..d.clone()
                }));
            }
        })
    };
    let id = &props.id;
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described = described_by(id, props.help.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    let label_class = props.hide_label.then_some("visually-hidden");
    let field_class = classes!("field", props.hide_label.then_some("field--cell"));
    html! {
        <div class={field_class}>
            <label for={id.clone()} class={label_class}>{ props.label.clone() }</label>
            <input id={id.clone()} type="text" inputmode={props.inputmode.clone()}
                autocomplete={props.autocomplete.clone()} value={shown} class={props.class.clone()}
                aria-invalid={invalid} aria-describedby={described} {oninput} {onblur} />
            if let Some(help) = props.help.clone() {
                <p class="help" id={help_id}>{ help }</p>
            }
            if let Some(error) = error {
                <p class="error" id={error_id}>{ "⚠ " }{ error }</p>
            }
            { props.children.clone() }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft the person has left (blurred).
    fn draft(text: &str, read: Result<&str, &str>, typed_over: &'static str) -> Draft {
        Draft {
            text: text.into(),
            read: read.map(str::to_string).map_err(str::to_string),
            typed_over: typed_over.into(),
            editing: false,
        }
    }

    #[test]
    fn an_accepted_draft_stands_while_it_means_the_stored_value() {
        let typed = draft("85k", Ok("85000"), "70000");
        assert!(typed.stands("85000"), "what was typed stays on screen");
        assert!(!typed.stands("90000"), "another tab's figure wins");
    }

    #[test]
    fn a_refused_draft_stands_until_the_stored_value_changes() {
        let refused = draft("85.5", Err("Type whole dollars."), "70000");
        assert!(
            refused.stands("70000"),
            "the old value never comes back on its own"
        );
        assert!(!refused.stands("90000"), "an import or undo wins");
        let typing = Draft {
            editing: true,
            ..refused.clone()
        };
        assert!(
            typing.stands("90000"),
            "another tab does not wipe what is being typed"
        );
        let accepted = Draft {
            editing: true,
            ..draft("85k", Ok("85000"), "70000")
        };
        assert!(!accepted.stands("90000"), "only a refused draft holds on");
        // The half of a pair that waited is dropped, message and all, once the pair is saved.
        let waiting = draft("MXN", Err("Now type the rate."), "");
        assert!(!waiting.stands("MXN"));
    }
}
