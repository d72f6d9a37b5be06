//! Evidence quality (M3) and calibration (M4) beside the debrief: raters and panel reliability
//! per competency, then each interviewer's leniency, spread and skips across every candidate's
//! round. Shown and explained; the calibrated view is opened by the manager, never applied.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::citation::{citation, CitationProps};
use crate::engine::calibration::{
    calibrated, observations, offsets, profiles, Assignment, CALIBRATED_FORMULA, LENIENCY_FORMULA,
    MIN_CANDIDATES,
};
use crate::engine::candidate::Scorecard;
use crate::engine::evidence_quality::{
    evidence_quality, reliability_label, RELIABILITY_FORMULA, RELIABILITY_SOURCE,
};
use crate::engine::link::invitation::{assigned_competencies, questions_for};
use crate::engine::role::RoleSpec;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub spec: RoleSpec,
    pub cards: Vec<Scorecard>,
    pub candidate_id: String,
}

#[function_component(EvidenceQuality)]
pub fn evidence(props: &Props) -> Html {
    let app = use_app();
    let show_calibrated = use_state(|| false);
    let rows = evidence_quality(&props.spec, &props.cards)
        .into_iter()
        .map(|e| {
            let must = if e.must_have { " (must-have)" } else { "" };
            html! {
                <tr>
                    <th scope="row">{ format!("{}{must}", e.competency.label()) }</th>
                    <td>{ e.raters }</td>
                    <td>{ reliability_label(e.raters) }</td>
                    <td>{ e.warning.unwrap_or_default() }</td>
                </tr>
            }
        });
    // Every round on this device whose ratings are open, for calibration across candidates.
    let doc = &app.doc;
    let mut panels = Vec::new();
    let mut assignments = Vec::new();
    for round in doc.rounds.iter().filter(|r| r.ratings_visible()) {
        let Some(c) = doc.candidate(&round.candidate_id) else {
            continue;
        };
        panels.push((c.id.clone(), round.submitted_cards(c)));
        let kit = c
            .spec_id
            .as_deref()
            .and_then(|id| doc.spec(id))
            .and_then(|s| s.kit.clone());
        if let Some(kit) = kit {
            for p in &round.panel {
                assignments.push(Assignment {
                    candidate: c.id.clone(),
                    interviewer: p.name.clone(),
                    competencies: assigned_competencies(&questions_for(&kit, &p.question_ids)),
                });
            }
        }
    }
    let obs = observations(&panels);
    let calibration = match profiles(&obs, &assignments) {
        None => {
            html! { <p class="muted">{ format!("Calibration needs at least {MIN_CANDIDATES} candidates with open ratings on this device.") }</p> }
        }
        Some(list) => {
            let rows = list.iter().map(|p| {
                html! {
                    <tr>
                        <th scope="row">{ p.interviewer.clone() }</th>
                        <td>{ p.leniency.map_or("–".to_string(), |l| format!("{l:+.2}")) }</td>
                        <td>{ p.spread.map_or("–".to_string(), |s| format!("{s:.2}")) }</td>
                        <td>{ format!("{} of {}", p.skipped, p.assigned) }</td>
                    </tr>
                }
            });
            let toggle = {
                let s = show_calibrated.clone();
                Callback::from(move |_: MouseEvent| s.set(!*s))
            };
            let calibrated_view = show_calibrated.then(|| {
                let offs = offsets(&obs);
                let mine = calibrated(&obs).into_iter().filter(|o| o.candidate == props.candidate_id).map(|o| {
                    let raw = obs.iter().find(|r| r.candidate == o.candidate && r.interviewer == o.interviewer && r.competency == o.competency).map_or(0.0, |r| r.rating);
                    html! { <tr><td>{ o.interviewer.clone() }</td><td>{ o.competency.label() }</td><td>{ format!("{raw:.2}") }</td><td>{ format!("{:.2}", o.rating) }</td></tr> }
                });
                let offs = offs.iter().map(|(who, b)| format!("{who} {b:+.2}")).collect::<Vec<_>>().join(", ");
                html! {
                    <>
                        <p class="help">{ CALIBRATED_FORMULA }</p>
                        <p class="muted">{ format!("Offsets: {offs}.") }</p>
                        <div class="table-wrap"><table><thead><tr><th>{ "Interviewer" }</th><th>{ "Competency" }</th><th>{ "As rated" }</th><th>{ "Calibrated" }</th></tr></thead><tbody>{ for mine }</tbody></table></div>
                    </>
                }
            });
            html! {
                <>
                    <p class="help">{ LENIENCY_FORMULA }</p>
                    <div class="table-wrap"><table>
                        <thead><tr><th>{ "Interviewer" }</th><th>{ "Leniency" }</th><th>{ "Spread" }</th><th>{ "Assigned but unrated" }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table></div>
                    <button type="button" onclick={toggle}>{ if *show_calibrated { "Hide the calibrated view" } else { "Show the calibrated view" } }</button>
                    { for calibrated_view }
                </>
            }
        }
    };
    html! {
        <div class="evidence-quality">
            <h3>{ "Evidence quality" }</h3>
            <p class="help">{ RELIABILITY_FORMULA }</p>
            <div class="table-wrap"><table>
                <thead><tr><th>{ "Competency" }</th><th>{ "Raters" }</th><th>{ "Panel reliability" }</th><th>{ "Note" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table></div>
            { citation(&CitationProps { text: RELIABILITY_SOURCE.into(), ..Default::default() }) }
            <h4>{ "Interviewers across candidates" }</h4>
            { calibration }
        </div>
    }
}
