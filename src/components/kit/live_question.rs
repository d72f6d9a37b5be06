//! One kit question during a live interview: what to listen for, an "asked" tick, notes and a
//! rating on the anchored 1-4 scale with each level's meaning in view.

use yew::prelude::*;

use super::question_card::{bullet_list, competency_list};
use crate::engine::candidate::AnswerNote;
use crate::engine::competency::Rating;
use crate::engine::edit::AnswerEdit;
use crate::engine::kit::KitItem;
use crate::platform::dom;

#[derive(Properties, PartialEq)]
pub struct LiveQuestionProps {
    pub item: KitItem,
    /// Position in the whole kit, from 1; also the suffix of the element ids.
    pub number: usize,
    pub answer: Option<AnswerNote>,
    pub current: bool,
    /// The interviewer's scorecard is submitted: shown, never changed.
    #[prop_or_default]
    pub read_only: bool,
    pub on_edit: Callback<AnswerEdit>,
    /// The interviewer moved into this question. Focus only, never click: a re-render inside a
    /// checkbox's click would reset it before its change event.
    pub on_select: Callback<()>,
}

/// The id of the notes box of question `number`, for the N shortcut.
pub fn notes_id(number: usize) -> String {
    format!("live-notes-{number}")
}

/// The id of question `number`'s block, for J/K.
pub fn question_id(number: usize) -> String {
    format!("live-q-{number}")
}

#[function_component(LiveQuestion)]
pub fn live_question(props: &LiveQuestionProps) -> Html {
    let n = props.number;
    let answer = props.answer.as_ref();
    let asked = answer.is_some_and(|a| a.asked);
    let note = answer.map(|a| a.note.clone()).unwrap_or_default();
    let rating = answer.and_then(|a| a.rating);
    let question = props.item.question();
    let purpose = match &props.item {
        KitItem::Custom(c) => c.purpose.clone(),
        KitItem::Bank { .. } => question.map(|q| q.purpose.to_string()).unwrap_or_default(),
    };
    let meta = format!(
        "{} min · {}",
        props.item.minutes(),
        competency_list(props.item.competencies())
    );
    let (asked_id, notes_id, legend_id) = (
        format!("live-asked-{n}"),
        notes_id(n),
        format!("live-rating-{n}"),
    );

    // Callbacks
    let on_asked = props.on_edit.reform(|e: Event| AnswerEdit::Asked {
        asked: dom::checked(&e),
    });
    let on_note = props.on_edit.reform(|e: InputEvent| AnswerEdit::Note {
        note: dom::value(&e),
    });
    let read_only = props.read_only;
    let on_select = props.on_select.reform(|_: FocusEvent| ());

    let levels = Rating::ALL.iter().map(|&r| {
        let id = format!("live-rate-{n}-{}", r.value());
        let on_rate = props
            .on_edit
            .reform(move |_: Event| AnswerEdit::Rating { rating: r });
        html! {
            <label class="rating__option" for={id.clone()}>
                <input {id} type="radio" name={format!("rating-{n}")} value={r.value().to_string()}
                    checked={rating == Some(r)} disabled={read_only} onchange={on_rate} />
                <span><strong>{ format!("{} {}", r.value(), r.label()) }</strong>
                    <span class="rating__meaning">{ r.meaning() }</span></span>
            </label>
        }
    });
    html! {
        <li id={question_id(n)} tabindex="-1" onfocusin={on_select}
            class={classes!("live-q", "card", props.current.then_some("live-q--current"))}
            aria-current={props.current.then_some("step")}>
            <h3 class="live-q__prompt">{ format!("{n}. {}", props.item.prompt()) }</h3>
            <p class="muted small">{ meta }</p>
            if !purpose.is_empty() {
                <p><strong>{ "Purpose: " }</strong>{ purpose }</p>
            }
            if let Some(q) = question {
                <div class="live-q__signals"><strong>{ "Listen for:" }</strong>{ bullet_list(q.signals) }</div>
            }
            <label class="check" for={asked_id.clone()}>
                <input id={asked_id} type="checkbox" checked={asked} disabled={read_only} onchange={on_asked} />{ "Asked" }
            </label>
            <div class="field">
                <label for={notes_id.clone()}>{ format!("Notes on question {n}") }</label>
                <textarea id={notes_id} value={note} readonly={read_only} oninput={on_note} />
            </div>
            <fieldset class="rating" aria-labelledby={legend_id.clone()}>
                <legend id={legend_id}>{ format!("Rating for question {n}") }</legend>
                { for levels }
            </fieldset>
        </li>
    }
}
