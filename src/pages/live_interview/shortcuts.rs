//! Live-mode keyboard shortcuts: listed on screen, and the handler that acts on them.

use std::rc::Rc;

use yew::prelude::*;

use super::scorecard::answer_for;
use crate::components::kit::live_question::{notes_id, question_id};
use crate::engine::candidate::Candidate;
use crate::engine::competency::Rating;
use crate::engine::edit::AnswerEdit;
use crate::engine::kit::KitItem;
use crate::platform::keys;

pub const SHORTCUTS: [(&str, &str); 5] = [
    ("J / K", "next / previous question"),
    ("1 – 4", "rate the current question"),
    ("X", "tick or untick “Asked”"),
    ("N", "write notes on the current question"),
    (
        "Tab",
        "move between controls; shortcuts pause while you type",
    ),
];

/// J/K move, 1-4 rate, X ticks, N opens the notes; keys typed into a field are left alone.
pub fn shortcut_handler(
    candidate: &Candidate,
    who: &str,
    items: &Rc<Vec<KitItem>>,
    index: usize,
    record: &Callback<(usize, AnswerEdit)>,
    current: UseStateHandle<usize>,
) -> Callback<web_sys::KeyboardEvent> {
    let asked = items
        .get(index)
        .and_then(|item| answer_for(candidate, who, item.id()))
        .is_some_and(|a| a.asked);
    let (last, record) = (items.len().saturating_sub(1), record.clone());
    Callback::from(move |e: web_sys::KeyboardEvent| {
        if keys::is_typing(&e) {
            return;
        }
        let key = e.key().to_lowercase();
        let rating = key.parse::<u8>().ok().and_then(Rating::from_value);
        if !matches!(key.as_str(), "j" | "k" | "x" | "n") && rating.is_none() {
            return;
        }
        // Before acting: the N key must not also type an "n" into the notes it opens.
        e.prevent_default();
        let go = |to: usize| {
            current.set(to);
            keys::focus(&question_id(to + 1));
        };
        match (key.as_str(), rating) {
            (_, Some(rating)) => record.emit((index, AnswerEdit::Rating { rating })),
            ("j", _) => go((index + 1).min(last)),
            ("k", _) => go(index.saturating_sub(1)),
            ("x", _) => record.emit((index, AnswerEdit::Asked { asked: !asked })),
            _ => keys::focus(&notes_id(index + 1)),
        }
    })
}
