//! One competency on a scorecard being filled in: the anchored 1-4 scale as a radio group with
//! every level's meaning, the evidence note, and rated interview answers shown as evidence.

use yew::prelude::*;

use super::card_edit::AnswerEvidence;
use crate::engine::competency::Rating;
use crate::engine::role::CompetencyReq;
use crate::platform::dom;

#[derive(PartialEq)]
pub struct CompetencyFieldProps {
    pub req: CompetencyReq,
    pub rating: Option<Rating>,
    pub evidence: String,
    pub answers: Vec<AnswerEvidence>,
    pub on_rate: Callback<Option<Rating>>,
    pub on_evidence: Callback<String>,
}

pub fn competency_field(props: &CompetencyFieldProps) -> Html {
    let c = props.req.competency;
    let group = format!("rate-{}", c.index());
    let evidence_id = format!("evidence-{}", c.index());
    let gate = if props.req.must_have {
        " · must-have"
    } else {
        ""
    };
    let needs = format!(
        "Weight {}, needs {} ({}){gate}",
        props.req.weight,
        props.req.required.value(),
        props.req.required.label()
    );
    let option = |value: Option<Rating>, title: String, meaning: &'static str| {
        let on_rate = props.on_rate.clone();
        let onchange = Callback::from(move |_: Event| on_rate.emit(value));
        let checked = props.rating == value;
        html! {
            <label class="rating-option">
                <input type="radio" name={group.clone()} {checked} {onchange} />
                <span><strong>{ title }</strong>{ " " }<span class="muted">{ meaning }</span></span>
            </label>
        }
    };
    let levels = Rating::ALL
        .iter()
        .map(|&r| option(Some(r), format!("{} {}", r.value(), r.label()), r.meaning()));
    let not_assessed = option(
        None,
        "Not assessed".into(),
        "Your interview did not cover this.",
    );
    let on_input = props.on_evidence.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        on_input.emit(dom::value(&e));
    });
    let unrated = props.rating.is_none();
    let evidence_help = if unrated {
        "Choose a rating first, then note what you saw."
    } else {
        "What the candidate said or did that supports the rating."
    };
    let answers = props.answers.iter().map(|a| {
        let text = format!("{} {}: {}", a.rating.value(), a.rating.label(), a.question);
        html! { <li>{ text }if !a.note.is_empty() { <span class="muted">{ " — " }{ a.note.clone() }</span> }</li> }
    });
    html! {
        <fieldset class="competency-field">
            <legend>{ c.label() }</legend>
            <p class="help">{ needs }</p>
            <div class="rating-options">
                { not_assessed }
                { for levels }
            </div>
            if !props.answers.is_empty() {
                <div class="answer-evidence">
                    <p class="small">{ "Rated answers from the live interview:" }</p>
                    <ul class="small">{ for answers }</ul>
                </div>
            }
            <div class="field">
                <label for={evidence_id.clone()}>{ format!("Evidence for {}", c.label()) }</label>
                <textarea id={evidence_id} value={props.evidence.clone()} disabled={unrated} {oninput} />
                <p class="help">{ evidence_help }</p>
            </div>
        </fieldset>
    }
}
