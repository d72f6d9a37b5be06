//! What importing a scorecard will do, and the choice when it differs from the one here (S6).
//! Used by the scorecard link page and the file import on the candidate page.

use yew::prelude::*;

use crate::engine::bidi::isolate;
use crate::engine::panel::{CardSummary, Keep};

/// A scorecard in words, for the side-by-side choice.
#[derive(Clone, Debug, PartialEq)]
pub struct CardFacts {
    pub changed: String,
    pub submitted: bool,
    pub ratings: usize,
    pub rated_answers: usize,
    pub call: String,
}

impl CardFacts {
    pub fn new(summary: &CardSummary, changed: String) -> CardFacts {
        CardFacts {
            changed,
            submitted: summary.submitted,
            ratings: summary.ratings,
            rated_answers: summary.rated_answers,
            call: summary
                .recommendation
                .map_or("none yet", |r| r.label())
                .to_string(),
        }
    }
}

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Review {
    /// A new interviewer for a known candidate: one click adds it.
    Ready,
    /// This device does not have the candidate: offer to create them.
    Missing,
    Already,
    Conflict {
        mine: CardFacts,
        theirs: CardFacts,
    },
    /// After a choice: what happened.
    Done(String),
    Problem(String),
}

#[derive(PartialEq)]
pub struct ImportReviewProps {
    pub review: Review,
    pub interviewer: AttrValue,
    pub candidate_name: AttrValue,
    pub on_import: Callback<()>,
    pub on_keep: Callback<Keep>,
}

fn facts_list(title: &str, f: &CardFacts) -> Html {
    let state = if f.submitted { "Submitted" } else { "Draft" };
    html! {
        <div class="choice-card">
            <h4>{ title.to_string() }</h4>
            <ul class="small">
                <li>{ format!("Last changed {}", f.changed) }</li>
                <li>{ state }</li>
                <li>{ format!("{} competencies rated, {} rated answers", f.ratings, f.rated_answers) }</li>
                <li>{ format!("Overall call: {}", f.call) }</li>
            </ul>
        </div>
    }
}

pub fn import_review(props: &ImportReviewProps) -> Html {
    let who = format!(
        "{}’s scorecard for {}",
        props.interviewer, props.candidate_name
    );
    let import = props.on_import.reform(|_: MouseEvent| ());
    let keep = |k: Keep| props.on_keep.reform(move |_: MouseEvent| k);
    match &props.review {
        Review::Ready => html! {
            <div class="import-review" role="status">
                <p>{ format!("{who} is new here.") }</p>
                <button type="button" class="button--primary" onclick={import}>{ "Import this scorecard" }</button>
            </div>
        },
        Review::Missing => html! {
            <div class="import-review" role="status">
                <p>{ format!("{who}: this candidate is not on this device yet.") }</p>
                <button type="button" class="button--primary" onclick={import}>
                    { format!("Add candidate “{}” with this scorecard", isolate(&props.candidate_name)) }
                </button>
            </div>
        },
        Review::Already => html! {
            <p class="import-review" role="status">
                <span class="status status--good"><span aria-hidden="true">{ "✔ " }</span>{ "Already imported: nothing changed." }</span>
                { format!(" {who} is already here, exactly as sent.") }
            </p>
        },
        Review::Conflict { mine, theirs } => html! {
            <div class="import-review" role="status">
                <p>{ format!("{who} is already here with different ratings. Which one should stay?") }</p>
                <div class="two-col">
                    { facts_list("The one on this device", mine) }
                    { facts_list("The imported one", theirs) }
                </div>
                <div class="button-row">
                    <button type="button" onclick={keep(Keep::Mine)}>{ "Keep mine" }</button>
                    <button type="button" class="button--primary" onclick={keep(Keep::Imported)}>{ "Use the imported one" }</button>
                </div>
            </div>
        },
        Review::Done(message) => {
            html! { <p class="import-review" role="status">{ message.clone() }</p> }
        }
        Review::Problem(message) => {
            html! { <p class="import-review error" role="alert">{ message.clone() }</p> }
        }
    }
}
