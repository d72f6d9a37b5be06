//! Form building blocks used across the builder: a labelled field with help and an error in
//! words, and a labelled select over a fixed list of choices.

use crate::platform::dom;
use yew::prelude::*;

/// The ids of the help and error lines under a control, for `aria-describedby`.
pub fn described_by(id: &str, help: bool, error: bool) -> Option<AttrValue> {
    let ids: Vec<String> = [(help, "help"), (error, "error")]
        .iter()
        .filter(|(present, _)| *present)
        .map(|(_, suffix)| format!("{id}-{suffix}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

#[derive(Default, PartialEq)]
pub struct FieldProps {
    /// The id of the control inside, which the label points at.
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: Option<AttrValue>,
    pub error: Option<String>,
    pub children: Html,
}

pub fn field(props: &FieldProps) -> Html {
    let help_id = format!("{}-help", props.id);
    let error_id = format!("{}-error", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { props.children.clone() }
            if let Some(help) = props.help.clone() {
                <p class="help" id={help_id}>{ help }</p>
            }
            if let Some(error) = props.error.clone() {
                <p class="error" id={error_id}>{ "⚠ " }{ error }</p>
            }
        </div>
    }
}

#[derive(Default, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: Option<AttrValue>,
    pub options: Vec<AttrValue>,
    pub selected: usize,
    /// The index of the chosen option.
    pub on_select: Callback<usize>,
}

pub fn select_field(props: &SelectFieldProps) -> Html {
    let onchange = props.on_select.reform(|e: Event| dom::selected_index(&e));
    let options = props.options.iter().enumerate().map(|(i, label)| {
        html! { <option value={i.to_string()} selected={i == props.selected}>{ label.clone() }</option> }
    });
    let describe = described_by(&props.id, props.help.is_some(), false);
    html! {
        { field(&FieldProps { id: props.id.clone().into(), label: props.label.clone().into(), help: props.help.clone(), children: html! { <select id={props.id.clone()} {onchange} aria-describedby={describe}>{ for options }</select> }, ..Default::default() }) }
    }
}

/// Labels of a fixed list of choices, for `SelectField`.
pub fn labels<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str) -> Vec<AttrValue> {
    all.iter()
        .map(|&item| AttrValue::Static(label(item)))
        .collect()
}

/// The position of `item` in `all` (0 when absent, which a catalogue value never is).
pub fn position<T: PartialEq>(all: &[T], item: &T) -> usize {
    all.iter().position(|x| x == item).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_only_the_lines_that_are_there() {
        assert_eq!(described_by("a", false, false), None);
        assert_eq!(
            described_by("a", true, true).as_deref(),
            Some("a-help a-error")
        );
        assert_eq!(described_by("a", false, true).as_deref(), Some("a-error"));
    }
}
