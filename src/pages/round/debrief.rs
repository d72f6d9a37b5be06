//! The debrief, once the ratings are open (M2, item 6): the mechanical result first, with why;
//! then the agenda with everyone's evidence side by side; then the amendments and how far the
//! debrief moved the result. Every change here is an amendment with a reason.

use yew::prelude::*;

use super::amend::AmendForm;
use super::evidence::EvidenceQuality;
use crate::components::candidate::result::{result_panel, ResultProps};
use crate::components::citation::{citation, CitationProps};
use crate::engine::agenda::{agenda, AgendaItem, Topic};
use crate::engine::amendment::describe;
use crate::engine::candidate::Candidate;
use crate::engine::debrief::{
    debrief_result, shift_sentence, MECHANICAL_FIRST, MECHANICAL_FIRST_SOURCE,
};
use crate::engine::panel_round::PanelRound;
use crate::engine::role::RoleSpec;
use crate::platform::clock;

#[derive(PartialEq)]
pub struct DebriefProps {
    pub round: PanelRound,
    pub candidate: Candidate,
    pub spec: RoleSpec,
}

pub fn debrief(props: &DebriefProps) -> Html {
    let (round, c, spec) = (&props.round, &props.candidate, &props.spec);
    let result = debrief_result(spec, round, c);
    let cards = round.current_cards(c);
    let items = agenda(spec, &cards);
    let topics = items.iter().map(agenda_item);
    let amendments = round.amendments.iter().map(|a| html! {
        <li>{ format!("{}: {} on {}'s card, by {}. Reason: {}", clock::local_time(a.at), describe(&a.change), a.interviewer, a.by, a.reason) }</li>
    });
    html! {
        <div class="debrief">
            <h3>{ "1. The mechanical result" }</h3>
            <p class="help">{ MECHANICAL_FIRST }</p>
            { citation(&CitationProps { text: MECHANICAL_FIRST_SOURCE.into(), ..Default::default() }) }
            { result_panel(&ResultProps { report: result.before.clone(), drafts: 0 }) }
            <h3>{ "2. Agenda" }</h3>
            if items.is_empty() {
                <p class="empty">{ "Nothing needs talking about: no must-have below its level, no wide disagreement, no competency resting on one rater." }</p>
            }
            <ol class="agenda">{ for topics }</ol>
            <h3>{ "3. Changes in the debrief" }</h3>
            <AmendForm round={round.clone()} candidate={c.clone()} spec={spec.clone()} />
            if round.amendments.is_empty() {
                <p class="empty">{ "No amendments: the cards stand as submitted." }</p>
            } else {
                <ul class="amendments">{ for amendments }</ul>
            }
            <p class="debrief-shift" role="status">{ shift_sentence(&result) }</p>
            <EvidenceQuality spec={spec.clone()} cards={cards.clone()} candidate_id={c.id.clone()} />
        </div>
    }
}

fn agenda_item(item: &AgendaItem) -> Html {
    let why = item.topics.iter().map(|t| {
        let text = match t {
            Topic::MustHaveBelowLevel { score, required } => {
                format!("Must-have below its level: {score:.1} against {required} required.")
            }
            Topic::RatersDiffer { low, high } => format!("Raters differ: {low:.1} to {high:.1}."),
            Topic::OneRater { interviewer } => format!("Only {interviewer} rated it."),
        };
        html! { <li>{ text }</li> }
    });
    let notes = item.notes.iter().map(|n| {
        let rating = n
            .rating
            .map_or("not rated".to_string(), |r| format!("{r:.1}"));
        let answers = n
            .answer_notes
            .iter()
            .filter(|a| !a.trim().is_empty())
            .map(|a| html! { <li>{ a.clone() }</li> });
        html! {
            <div class="agenda-note">
                <p><strong>{ n.interviewer.clone() }</strong>{ format!(": {rating}") }</p>
                if !n.evidence.is_empty() { <p>{ n.evidence.clone() }</p> }
                <ul class="plain-list">{ for answers }</ul>
            </div>
        }
    });
    let must = if item.must_have { " (must-have)" } else { "" };
    html! {
        <li class="agenda-item">
            <p><strong>{ format!("{}{must}", item.competency.label()) }</strong></p>
            <ul>{ for why }</ul>
            <div class="agenda-notes">{ for notes }</div>
        </li>
    }
}
