//! Inputs whose text is not the stored value: comma-separated lists and whole numbers.
//!
//! Saving "Django, " as the list ["Django"] and showing the list again would eat the comma while
//! the user types. So `DraftInput` keeps what was typed and shows it as long as it still means
//! the stored value; when the stored value changes from elsewhere (undo, another preset), the
//! stored value wins. No effect syncs the two: the choice is made while rendering.

use crate::platform::dom;
use yew::prelude::*;

/// How typed text maps to a stored value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftKind {
    /// "Django, FastAPI" -> ["Django", "FastAPI"]; empty items are dropped.
    List,
    /// A whole number; empty means 0.
    Count,
    /// A whole number; empty means none (an open range, no budget).
    OptionalCount,
}

impl DraftKind {
    /// The text the stored value is shown as, for the value `text` stands for.
    pub fn canonical(self, text: &str) -> String {
        match self {
            DraftKind::List => join_list(&parse_list(text)),
            DraftKind::Count => parse_count(text).to_string(),
            DraftKind::OptionalCount => parse_whole(text).map_or(String::new(), |n| n.to_string()),
        }
    }
}

pub fn parse_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

pub fn join_list(items: &[String]) -> String {
    items.join(", ")
}

/// Digits with optional thousands commas, spaces or a "$": "70,000" -> 70000. Anything else is
/// `None`; a number too long for `u64` saturates (validation then reports it as too large).
pub fn parse_whole(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '$'))
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(digits.parse().unwrap_or(u64::MAX))
}

/// A count such as years or hours: empty or unreadable is 0, large values stop at 255.
pub fn parse_count(text: &str) -> u8 {
    parse_whole(text).map_or(0, |n| u8::try_from(n).unwrap_or(u8::MAX))
}

pub fn parse_optional_count(text: &str) -> Option<u8> {
    parse_whole(text).map(|n| u8::try_from(n).unwrap_or(u8::MAX))
}

#[derive(Properties, PartialEq)]
pub struct DraftInputProps {
    pub id: AttrValue,
    pub kind: DraftKind,
    /// The stored value as text (`DraftKind::canonical` form).
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub invalid: bool,
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// For inputs without a visible label of their own (table cells).
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(DraftInput)]
pub fn draft_input(props: &DraftInputProps) -> Html {
    let draft = use_state(|| props.value.to_string());
    let shown = if props.kind.canonical(&draft) == props.value.as_str() {
        (*draft).clone()
    } else {
        props.value.to_string()
    };
    let oninput = {
        let draft = draft.clone();
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let text = dom::value(&e);
            draft.set(text.clone());
            on_input.emit(text);
        })
    };
    let inputmode = (props.kind != DraftKind::List).then_some("numeric");
    let invalid = props.invalid.then_some("true");
    html! {
        <input id={props.id.clone()} type="text" {inputmode} value={shown} {oninput}
            class={props.class.clone()} aria-invalid={invalid}
            aria-describedby={props.described_by.clone()} aria-label={props.aria_label.clone()} />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_ignore_blank_items_and_spacing() {
        assert_eq!(
            parse_list(" Django,, FastAPI , "),
            vec!["Django", "FastAPI"]
        );
        assert_eq!(DraftKind::List.canonical("Django, "), "Django");
        assert!(parse_list("").is_empty());
    }

    #[test]
    fn numbers_accept_separators_and_refuse_words() {
        assert_eq!(parse_whole("70,000"), Some(70_000));
        assert_eq!(parse_whole("$ 1 000"), Some(1_000));
        assert_eq!(parse_whole("abc"), None);
        assert_eq!(parse_whole("-3"), None);
        assert_eq!(parse_whole("99999999999999999999999"), Some(u64::MAX));
        assert_eq!(parse_count(""), 0);
        assert_eq!(parse_count("300"), 255);
        assert_eq!(parse_optional_count(""), None);
        assert_eq!(DraftKind::Count.canonical(""), "0");
        assert_eq!(DraftKind::OptionalCount.canonical("007"), "7");
    }
}
