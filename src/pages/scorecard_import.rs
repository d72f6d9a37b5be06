//! `#/sc/<payload>`: a scorecard sent by an interviewer, opened from a link (S6), and
//! `ImportFlow`, the import itself, shared with the file import on the candidate page.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::candidate::import_review::{
    import_review, CardFacts, ImportReviewProps, Review,
};
use crate::components::intro::intro;
use crate::engine::edit::scorecard::is_submitted;
use crate::engine::edit::{CandidateEdit, RoundEdit};
use crate::engine::link::scorecard::{decode_scorecard, ScorecardExport};
use crate::engine::panel::{self, ImportOutcome, Keep};
use crate::platform::clock;
use crate::routes::{href, Route};

#[derive(Properties, PartialEq)]
pub struct ImportFlowProps {
    pub export: ScorecardExport,
}

/// Shows what importing `export` would do and carries out the person's choice.
#[function_component(ImportFlow)]
pub fn import_flow(props: &ImportFlowProps) -> Html {
    let app = use_app();
    let done = use_state(|| None::<String>);
    let export = &props.export;
    let card = &export.scorecard;
    let outcome = panel::plan_import(&app.doc.candidates, export);
    let known = app
        .doc
        .candidates
        .iter()
        .find(|c| c.id == export.candidate_id)
        .cloned();
    let review = match (&*done, &outcome) {
        (Some(message), _) => Review::Done(message.clone()),
        (None, ImportOutcome::CandidateMissing) => Review::Missing,
        (None, ImportOutcome::AlreadyImported) => Review::Already,
        (None, ImportOutcome::Added(_)) => Review::Ready,
        (None, ImportOutcome::Conflict { mine }) => Review::Conflict {
            mine: CardFacts::new(&panel::summarize(mine), clock::local_time(mine.updated_at)),
            theirs: CardFacts::new(&panel::summarize(card), clock::local_time(card.updated_at)),
        },
    };
    let on_import = {
        let (done, export, outcome) = (done.clone(), export.clone(), outcome.clone());
        app.callback(move |app, ()| {
            let who = &export.scorecard.interviewer;
            match &outcome {
                // In a panel round the plain card counts as this interviewer's, marked unsealed.
                ImportOutcome::Added(_) if app.doc.round_for(&export.candidate_id).is_some() => {
                    let round = app
                        .doc
                        .round_for(&export.candidate_id)
                        .map(|r| r.id.clone());
                    let card = Box::new(export.scorecard.clone());
                    if let Some(id) = round {
                        app.edit_round(&id, RoundEdit::ImportUnsealed { card });
                    }
                    done.set(Some(format!(
                        "Imported {who}’s scorecard into the panel round, marked unsealed."
                    )));
                }
                ImportOutcome::Added(_) => {
                    let card = export.scorecard.clone();
                    app.edit_candidate(
                        &export.candidate_id,
                        CandidateEdit::ImportScorecard { card },
                    );
                    done.set(Some(format!("Imported {who}’s scorecard.")));
                }
                ImportOutcome::CandidateMissing => {
                    let candidate = panel::new_candidate(&export, clock::now_ms());
                    done.set(Some(format!(
                        "Added {} with {who}’s scorecard.",
                        candidate.name
                    )));
                    app.add_candidate(candidate);
                }
                _ => {}
            }
        })
    };
    let on_keep = {
        let (done, export, known) = (done.clone(), export.clone(), known.clone());
        app.callback(move |app, keep: Keep| {
            let who = &export.scorecard.interviewer;
            let message = match &known {
                Some(c) if keep == Keep::Imported && is_submitted(c, who) => {
                    "The scorecard on this device is submitted, and a submitted scorecard is final: it was kept as it is."
                }
                Some(c) if keep == Keep::Imported => {
                    let card = export.scorecard.clone();
                    app.edit_candidate(&c.id, CandidateEdit::ImportScorecard { card });
                    "Now using the imported scorecard."
                }
                _ => "Kept the scorecard on this device: nothing changed.",
            };
            done.set(Some(message.to_string()));
        })
    };
    let open = known
        .map(|c| c.id)
        .or_else(|| done.is_some().then(|| export.candidate_id.clone()));
    html! {
        <div class="import-flow">
            { import_review(&ImportReviewProps { review, interviewer: card.interviewer.clone().into(), candidate_name: export.candidate_name.clone().into(), on_import, on_keep }) }
            if let Some(id) = open {
                <p><a href={href(&Route::Candidate { id })}>{ format!("Open {}", export.candidate_name) }</a></p>
            }
        </div>
    }
}

pub const TITLE: &str = "Import a scorecard";
pub const HOW: &str = "An interviewer sent you their scorecard as a link. Importing adds it to the candidate on this device; importing the same one again changes nothing. Nothing was sent anywhere: the scorecard is inside the link itself.";

/// The scorecard a link carries, or why it can't be read.
pub fn page(payload: &str) -> Html {
    let body = match decode_scorecard(payload) {
        Ok(export) => html! { <ImportFlow key={payload.to_string()} {export} /> },
        Err(err) => html! { <p class="error" role="alert">{ err.to_string() }</p> },
    };
    html! {
        <>
            { intro(TITLE, HOW) }
            <section class="card">{ body }</section>
        </>
    }
}
