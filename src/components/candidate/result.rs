//! The scoring result for one candidate (S3): verdict, overall, coverage, gates, disagreements,
//! the reasons in words and the formula.

use yew::prelude::*;

use super::card_edit::count;
use super::status::{badge, gate_look, verdict_badge};
use crate::engine::scoring::{ScoreReport, FORMULA};

#[derive(PartialEq)]
pub struct ResultProps {
    pub report: ScoreReport,
    /// How many submitted scorecards were counted, and how many are drafts left out.
    pub drafts: usize,
}

pub fn result_panel(props: &ResultProps) -> Html {
    let report = &props.report;
    let overall = report.overall.map_or_else(
        || "not yet scored".to_string(),
        |o| format!("{o:.1} out of 4"),
    );
    let coverage = crate::engine::money::percent(report.coverage * 100.0);
    let submitted = count(report.scorecards, "submitted scorecard");
    let counted = match props.drafts {
        0 => format!("Counts {submitted}."),
        d => format!(
            "Counts {submitted}; {} left out until submitted.",
            count(d, "draft")
        ),
    };
    let gates = report.gates.iter().map(|gate| {
        let (icon, class, word) = gate_look(gate.status);
        html! {
            <li>{ badge(icon, class, word) }{ " " }{ gate.reason.clone() }</li>
        }
    });
    let at_odds = report.calls_at_odds.iter().map(|odd| {
        let text = format!(
            "{}: {}, {} steps from {}.",
            odd.interviewer,
            odd.call.label(),
            odd.steps,
            report.verdict.label()
        );
        html! { <li>{ text }</li> }
    });
    let disagreements: Vec<&str> = report.disagreements.iter().map(|c| c.label()).collect();
    let disagreement_text = disagreements.join(", ");
    let explanation = report
        .explanation
        .iter()
        .map(|s| html! { <li>{ s.clone() }</li> });
    let formula = FORMULA.lines().map(|line| html! { <li>{ line }</li> });
    html! {
        <section class="card result" aria-labelledby="result-heading">
            <h2 id="result-heading">{ "Result" }</h2>
            <p class="result__verdict">{ verdict_badge(report.verdict) }</p>
            <dl class="result__figures">
                <div><dt>{ "Overall" }</dt><dd>{ overall }</dd></div>
                <div><dt>{ "Coverage" }</dt><dd>{ coverage }</dd></div>
            </dl>
            <p class="muted">{ counted }</p>
            <h3>{ "Must-haves" }</h3>
            if report.gates.is_empty() {
                <p class="empty">{ "The role spec has no must-haves." }</p>
            } else {
                <ul class="gate-list">{ for gates }</ul>
            }
            if !disagreements.is_empty() {
                <p class="disagreement">
                    <span class="status status--warn"><span aria-hidden="true">{ "⚠ " }</span>{ "Interviewers disagree" }</span>
                    { " on " }{ disagreement_text }{ ": ratings 2 or more points apart." }
                </p>
            }
            if !report.calls_at_odds.is_empty() {
                <div class="calls-at-odds">
                    <p><span class="status status--warn"><span aria-hidden="true">{ "⚠ " }</span>{ "Overall call at odds with the verdict" }</span></p>
                    <ul>{ for at_odds }</ul>
                </div>
            }
            <h3>{ "Why" }</h3>
            <ul class="explanation">{ for explanation }</ul>
            <details>
                <summary>{ "How the score is worked out" }</summary>
                <ul>{ for formula }</ul>
            </details>
        </section>
    }
}
