//! `#/candidates/<id>`: one candidate's profile, the panel's scorecards, the result, the radar
//! chart and the scorecard exchange (S1-S6).

mod file_import;
mod scorecards;
mod share;

use yew::prelude::*;

use crate::app::use_app;
use crate::components::candidate::hiring_plan::{hiring_plan, HiringPlanProps};
use crate::components::candidate::onboarding::{onboarding, OnboardingProps};
use crate::components::candidate::profile::{profile, ProfileProps};
use crate::components::intro::intro;
use crate::engine::accepted_invitation::for_candidate;
use crate::engine::salary::{effective_bands, likely_typo};
use crate::engine::store::KEPT_COPY_NOTE;
use crate::pages::invite::sealed_return::SealedReturnPanel;
use crate::pages::round::RoundPanel;
use crate::routes::{href, Route};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[function_component(CandidatePage)]
pub fn page(props: &Props) -> Html {
    let app = use_app();
    let Some(candidate) = app
        .doc
        .candidates
        .iter()
        .find(|c| c.id == props.id)
        .cloned()
    else {
        return html! {
            <>
                { intro("Candidate not found", "This candidate is not on this device. They may have been deleted, or the link came from someone else's HireKit: candidates never travel in links.") }
                <p><a href={href(&Route::Candidates)}>{ "Back to all candidates" }</a></p>
            </>
        };
    };
    let assessed = app.doc.assessed_spec(&candidate);
    let spec = assessed.map(|a| a.spec().clone());
    let kept = assessed.is_some_and(|a| a.is_kept());
    // A round needs the live spec: a kept copy of a deleted one cannot start or run a round.
    let saved = candidate
        .spec_id
        .as_ref()
        .and_then(|id| app.doc.specs.iter().find(|s| &s.id == id))
        .cloned();
    // An interviewer's copy from an invitation has no round of its own: its card goes back sealed.
    let invited = for_candidate(&app.doc.accepted, &candidate.id).is_some();
    let closed = app
        .doc
        .round_for(&candidate.id)
        .is_some_and(|r| !r.ratings_visible());
    let mut specs: Vec<(String, String)> = app
        .doc
        .specs
        .iter()
        .map(|s| (s.id.clone(), s.spec.display_title().to_string()))
        .collect();
    // A deleted spec stays choosable for the candidate who keeps a copy of it.
    if let (Some(a), Some(id), true) = (assessed, &candidate.spec_id, kept) {
        specs.push((id.clone(), a.list_title()));
    }
    let on_edit = app.candidate_editor(&candidate.id);
    let bands = effective_bands(&app.doc.salary);
    let ask_warning = candidate.salary_ask.and_then(|ask| {
        likely_typo(&bands, u64::from(ask)).map(|t| AttrValue::from(t.message(u64::from(ask))))
    });
    let title = if candidate.name.trim().is_empty() {
        "Unnamed candidate".to_string()
    } else {
        candidate.name.clone()
    };
    let live = Route::LiveInterview {
        id: candidate.id.clone(),
    };
    html! {
        <>
            { intro(&title, "Keep the candidate's details here, collect one scorecard per interviewer, and read the weighted result against the role spec. Each interviewer scores on their own: the others' ratings stay hidden until they submit.") }
            <p class="button-row candidate-links no-print">
                <a href={href(&Route::Candidates)}>{ "All candidates" }</a>
                <a href={href(&live)} class="button">{ "Run live interview" }</a>
            </p>
            { profile(&ProfileProps { candidate: candidate.clone(), specs, ask_warning, on_edit: on_edit.clone() }) }
            if kept {
                <p class="warning spec-kept" role="note">{ KEPT_COPY_NOTE }</p>
            }
            if invited {
                <SealedReturnPanel candidate_id={candidate.id.clone()} />
            } else {
                <RoundPanel candidate={candidate.clone()} {saved} />
            }
            <scorecards::Scorecards candidate={candidate.clone()} {spec} {closed} />
            <file_import::FileImport />
            { hiring_plan(&HiringPlanProps { plan: candidate.plan.clone(), on_edit: on_edit.clone() }) }
            { onboarding(&OnboardingProps { done: candidate.onboarding.clone(), on_edit }) }
        </>
    }
}
