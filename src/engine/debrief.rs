//! The debrief's result (M2): the mechanical result first, then how far the debrief moved it.
//!
//! `before` scores the cards exactly as submitted; `now` scores them with the amendments applied
//! (`panel_round::PanelRound::current_cards`); `shift` is the difference, per competency and
//! overall, and whether the verdict changed. Both use the same formula (`scoring`).

use super::candidate::Candidate;
use super::competency::Competency;
use super::panel_round::PanelRound;
use super::role::RoleSpec;
use super::scoring::{score, ScoreReport, Verdict};

/// Shown above the mechanical result, before any discussion.
pub const MECHANICAL_FIRST: &str = "Read this result before anyone argues a case. Ratings \
combined by a fixed formula predict job performance better than an overall judgement formed \
from the same information, so the discussion starts from the formula and records every change.";
pub const MECHANICAL_FIRST_SOURCE: &str = "Kuncel, Klieger, Connelly & Ones (2013), Journal of \
Applied Psychology: mechanical versus clinical data combination in selection and admissions.";

#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyShift {
    pub competency: Competency,
    pub before: Option<f64>,
    pub now: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Shift {
    /// now - before, when both have an overall.
    pub overall: Option<f64>,
    /// (before, now) when the verdict changed.
    pub verdict: Option<(Verdict, Verdict)>,
    /// Competencies whose score changed, in catalogue order.
    pub competencies: Vec<CompetencyShift>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DebriefResult {
    pub before: ScoreReport,
    pub now: ScoreReport,
    pub shift: Shift,
}

pub fn debrief_result(spec: &RoleSpec, round: &PanelRound, candidate: &Candidate) -> DebriefResult {
    let before = score(spec, &round.submitted_cards(candidate));
    let now = score(spec, &round.current_cards(candidate));
    let shift = shift(&before, &now);
    DebriefResult { before, now, shift }
}

fn shift(before: &ScoreReport, now: &ScoreReport) -> Shift {
    let value = |r: &ScoreReport, c| r.competency(c).and_then(|s| s.score);
    let competencies = Competency::ALL
        .iter()
        .map(|&c| CompetencyShift {
            competency: c,
            before: value(before, c),
            now: value(now, c),
        })
        .filter(|s| match (s.before, s.now) {
            (Some(a), Some(b)) => (a - b).abs() > 1e-9,
            (a, b) => a.is_some() != b.is_some(),
        })
        .collect();
    Shift {
        overall: before.overall.zip(now.overall).map(|(a, b)| b - a),
        verdict: (before.verdict != now.verdict).then_some((before.verdict, now.verdict)),
        competencies,
    }
}

/// One sentence on what the debrief did to the result.
pub fn shift_sentence(result: &DebriefResult) -> String {
    let overall = |r: &ScoreReport| {
        r.overall
            .map_or("no overall".to_string(), |o| format!("{o:.2}"))
    };
    let (b, n) = (&result.before, &result.now);
    if result.shift.overall.is_none_or(|d| d.abs() < 0.005) && result.shift.verdict.is_none() {
        return format!(
            "The debrief did not move the result: {} ({}).",
            n.verdict.label(),
            overall(n)
        );
    }
    let delta = result
        .shift
        .overall
        .map_or(String::new(), |d| format!(", {d:+.2}"));
    format!(
        "Before the debrief: {} ({}). Now: {} ({}{delta}).",
        b.verdict.label(),
        overall(b),
        n.verdict.label(),
        overall(n)
    )
}
