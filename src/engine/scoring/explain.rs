//! The words behind a score: gate reasons and the explanation sentences.
//!
//! Scores are shown with 1 decimal, single ratings as whole numbers ("1 vs 4"), percentages whole.

use super::{
    CompetencyScore, GateResult, GateStatus, RecommendationTally, ScoreReport, Verdict, EPS,
    GATE_FAIL_AT_OR_BELOW, HIRE_AT, LEAN_HIRE_AT, LEAN_NO_HIRE_AT, MIN_COVERAGE,
};
use crate::engine::competency::Rating;

pub(super) fn gate(c: &CompetencyScore) -> GateResult {
    let name = c.competency.label();
    let (status, reason) = match c.score {
        None => (
            GateStatus::NotYetAssessed,
            format!("{name} is a must-have and was not yet assessed: the verdict cannot be Hire until it is."),
        ),
        Some(s) if s <= GATE_FAIL_AT_OR_BELOW + EPS => (
            GateStatus::Failed,
            format!("{name} is a must-have and scored {} ({}): this blocks a hire.", one(s), band(s)),
        ),
        Some(s) if c.meets_required == Some(false) => (
            GateStatus::BelowRequired,
            format!(
                "{name} is a must-have and scored {} ({}): not blocked, but below the required {} ({}).",
                one(s),
                band(s),
                c.required.label(),
                c.required.value()
            ),
        ),
        Some(s) => (
            GateStatus::Passed,
            format!(
                "{name} is a must-have and scored {} ({}): meets the required {}.",
                one(s),
                band(s),
                c.required.label()
            ),
        ),
    };
    GateResult {
        competency: c.competency,
        score: c.score,
        status,
        reason,
    }
}

pub(super) fn explain(r: &ScoreReport, rated_weight: u32, total_weight: u32) -> Vec<String> {
    let mut out = vec![headline(r, rated_weight, total_weight)];
    out.extend(
        r.gates
            .iter()
            .filter(|g| matches!(g.status, GateStatus::Failed | GateStatus::NotYetAssessed))
            .map(|g| g.reason.clone()),
    );
    for c in r.competencies.iter().filter(|c| c.disagreement) {
        let (lo, hi) = (c.min.unwrap_or(0.0), c.max.unwrap_or(0.0));
        out.push(format!(
            "Interviewers disagree on {} ({} vs {}): talk it through before deciding.",
            c.competency.label(),
            point(lo),
            point(hi)
        ));
    }
    let weighted: Vec<(&CompetencyScore, f64)> = r
        .competencies
        .iter()
        .filter(|c| c.weight > 0)
        .filter_map(|c| c.score.map(|s| (c, s)))
        .collect();
    // First in catalogue order wins a tie, so the sentence is stable.
    let best = weighted
        .iter()
        .fold(None, |b: Option<&(&CompetencyScore, f64)>, x| match b {
            Some(b) if b.1 >= x.1 => Some(b),
            _ => Some(x),
        });
    let worst = weighted
        .iter()
        .fold(None, |b: Option<&(&CompetencyScore, f64)>, x| match b {
            Some(b) if b.1 <= x.1 => Some(b),
            _ => Some(x),
        });
    if let (Some(best), Some(worst)) = (best, worst) {
        if weighted.len() >= 2 && best.1 > worst.1 + EPS {
            out.push(format!(
                "Strongest: {} {}; weakest: {} {}.",
                best.0.competency.label(),
                one(best.1),
                worst.0.competency.label(),
                one(worst.1)
            ));
        }
    }
    let below: Vec<String> = weighted
        .iter()
        .filter(|(c, _)| c.meets_required == Some(false))
        .map(|(c, s)| {
            format!(
                "{} ({} of {} needed)",
                c.competency.label(),
                one(*s),
                c.required.value()
            )
        })
        .collect();
    if !below.is_empty() {
        out.push(format!("Below the required level: {}.", join_and(&below)));
    }
    if total_weight > 0 && rated_weight > 0 {
        let missing: Vec<String> = r
            .competencies
            .iter()
            .filter(|c| c.weight > 0 && c.score.is_none())
            .map(|c| c.competency.label().to_string())
            .collect();
        let pct = percent(rated_weight, total_weight);
        out.push(match missing.len() {
            0 => "Coverage 100%: every weighted competency was assessed.".to_string(),
            1 => format!("Coverage {pct}%: {} was not assessed.", missing[0]),
            _ => format!("Coverage {pct}%: {} were not assessed.", join_and(&missing)),
        });
    }
    if r.scorecards > 0 {
        out.push(tally(&r.recommendations));
        if let Some(s) = mismatch(r.verdict, &r.recommendations) {
            out.push(s.to_string());
        }
        for odd in &r.calls_at_odds {
            out.push(format!(
                "{}'s overall call ({}) is {} steps from the computed verdict ({}): ask why before deciding.",
                odd.interviewer,
                odd.call.label(),
                odd.steps,
                r.verdict.label()
            ));
        }
    }
    out
}

fn headline(r: &ScoreReport, rated_weight: u32, total_weight: u32) -> String {
    let label = r.verdict.label();
    let Some(o) = r.overall else {
        return if r.scorecards == 0 {
            format!("{label}: no scorecards yet. Add one to see a score.")
        } else if total_weight == 0 {
            format!("{label}: the role spec gives every competency a weight of 0, so nothing counts towards a score. Set weights in the spec.")
        } else if r.verdict == Verdict::Blocked {
            format!("{label}: a must-have scored {GATE_FAIL_AT_OR_BELOW:.1} or lower, so this cannot be a hire.")
        } else {
            format!("{label}: none of the weighted competencies has a rating yet.")
        };
    };
    let o = one(o);
    match r.verdict {
        Verdict::Blocked => format!(
            "{label}: a must-have scored {GATE_FAIL_AT_OR_BELOW:.1} or lower, so this cannot be a hire whatever the overall score ({o} out of 4)."
        ),
        Verdict::NotEnoughEvidence => format!(
            "{label}: only {}% of the weighted competencies were assessed; at least {:.0}% are needed for a verdict (overall so far {o} out of 4).",
            percent(rated_weight, total_weight),
            MIN_COVERAGE * 100.0
        ),
        Verdict::Hire => format!("{label}: overall {o} out of 4 (Hire starts at {HIRE_AT:.2})."),
        Verdict::LeanHire if r.overall.is_some_and(|x| x >= HIRE_AT - EPS) => format!(
            "{label}: overall {o} out of 4 would be a Hire, but a must-have is not yet assessed."
        ),
        Verdict::LeanHire => format!(
            "{label}: overall {o} out of 4 (Lean hire starts at {LEAN_HIRE_AT:.2}, Hire at {HIRE_AT:.2})."
        ),
        Verdict::LeanNoHire => format!(
            "{label}: overall {o} out of 4 (between {LEAN_NO_HIRE_AT:.2} and {LEAN_HIRE_AT:.2})."
        ),
        Verdict::NoHire => format!("{label}: overall {o} out of 4 (below {LEAN_NO_HIRE_AT:.2})."),
    }
}

fn tally(t: &RecommendationTally) -> String {
    let parts: Vec<String> = [
        (t.strong_yes, "strong yes"),
        (t.yes, "yes"),
        (t.no, "no"),
        (t.strong_no, "strong no"),
        (t.none, "no call yet"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| format!("{n} {word}"))
    .collect();
    format!("Interviewers' overall calls: {}.", join_and(&parts))
}

/// A note when the interviewers' calls point the other way from the ratings.
fn mismatch(verdict: Verdict, t: &RecommendationTally) -> Option<&'static str> {
    let (yes, no) = (t.yes + t.strong_yes, t.no + t.strong_no);
    match verdict {
        Verdict::Hire | Verdict::LeanHire if no > yes => {
            Some("Most interviewers said no while the ratings point to a hire: discuss before deciding.")
        }
        Verdict::NoHire | Verdict::LeanNoHire if yes > no => {
            Some("Most interviewers said yes while the ratings point to no hire: discuss before deciding.")
        }
        _ => None,
    }
}

/// A score with 1 decimal.
pub(super) fn one(x: f64) -> String {
    format!("{x:.1}")
}

/// A single rating as a whole number, an average with 1 decimal.
fn point(x: f64) -> String {
    if (x - x.round()).abs() < EPS {
        format!("{}", x.round())
    } else {
        one(x)
    }
}

/// The anchored level(s) a score sits at: "Partial", or "Gap-Partial" between two levels.
pub(super) fn band(x: f64) -> String {
    let level = |v: f64| Rating::from_value(v.clamp(1.0, 4.0) as u8).map_or("", Rating::label);
    let (lo, hi) = (level((x + EPS).floor()), level((x - EPS).ceil()));
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}-{hi}")
    }
}

/// A whole percentage that never reads 100% while something is missing, nor 0% when something is there.
pub(super) fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 {
        return 0;
    }
    let pct = (u64::from(part) * 200 + u64::from(whole)) / (u64::from(whole) * 2);
    let pct = pct as u32;
    match (part, pct) {
        (p, 100) if p < whole => 99,
        (p, 0) if p > 0 => 1,
        _ => pct,
    }
}

pub(super) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_name_the_levels_a_score_sits_between() {
        assert_eq!(band(1.5), "Gap-Partial");
        assert_eq!(band(2.0), "Partial");
        assert_eq!(band(3.75), "Solid-Strong");
        assert_eq!(band(4.0), "Strong");
        assert_eq!(band(1.0), "Gap");
    }

    #[test]
    fn percentages_are_whole_and_honest_at_the_edges() {
        assert_eq!(percent(9, 14), 64);
        assert_eq!(percent(1, 2), 50);
        assert_eq!(percent(139, 140), 99);
        assert_eq!(percent(1, 300), 1);
        assert_eq!(percent(0, 10), 0);
        assert_eq!(percent(3, 0), 0);
    }

    #[test]
    fn lists_read_as_english() {
        let s = |v: &[&str]| join_and(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["A"]), "A");
        assert_eq!(s(&["A", "B"]), "A and B");
        assert_eq!(s(&["A", "B", "C"]), "A, B and C");
    }
}
