//! One interviewer's scorecard while they fill it in (S2): per weighted competency a 1-4 rating
//! with each level's meaning, an evidence note, their rated interview answers as evidence, an
//! overall call and "Submit scorecard". Every change goes up at once (autosave).

use yew::prelude::*;

use super::card_edit::{answer_evidence, rating_of};
use super::competency_field::{competency_field, CompetencyFieldProps};
use super::final_call::{final_call, FinalCallProps};
use crate::engine::candidate::Scorecard;
use crate::engine::edit::ScorecardEdit;
use crate::engine::role::CompetencyReq;

#[derive(PartialEq)]
pub struct ScorecardFormProps {
    pub card: Scorecard,
    /// The spec's competencies with weight > 0, in catalogue order.
    pub competencies: Vec<CompetencyReq>,
    pub on_edit: Callback<ScorecardEdit>,
}

pub fn scorecard_form(props: &ScorecardFormProps) -> Html {
    let card = &props.card;
    let fields = props.competencies.iter().map(|req| {
        let competency = req.competency;
        let current = rating_of(card, competency);
        let on_rate = props
            .on_edit
            .reform(move |rating| ScorecardEdit::Rate { competency, rating });
        let on_evidence = props
            .on_edit
            .reform(move |evidence| ScorecardEdit::Evidence {
                competency,
                evidence,
            });
        html! {
            { competency_field(&CompetencyFieldProps { req: *req, rating: current.map(|r| r.rating), evidence: current.map(|r| r.evidence.clone()).unwrap_or_default(), answers: answer_evidence(card, competency), on_rate, on_evidence }) }
        }
    });
    let heading = format!("Your scorecard, {}", card.interviewer);
    html! {
        <section class="card scorecard-form" aria-label={heading.clone()}>
            <h3>{ heading }</h3>
            <p class="help">{ "Rate what you saw, not what you expect. Leave a competency as \"Not assessed\" if your interview did not cover it. Changes save as you go." }</p>
            if props.competencies.is_empty() {
                <p class="empty">{ "The role spec weights no competency yet: set weights in the spec to score against it." }</p>
            }
            { for fields }
            { final_call(&FinalCallProps { recommendation: card.recommendation, on_edit: props.on_edit.clone(), note: "Once submitted, your scorecard is final and you see the other interviewers' ratings.".into() }) }
        </section>
    }
}
