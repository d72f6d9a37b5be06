//! Scorecards -> a scored, explained recommendation (features S3, S8).
//!
//! The formula, in full (also in `FORMULA`, the README and the UI):
//!
//! 1. Evidence. For one interviewer and one competency, the rating is the one they gave on their
//!    scorecard (the mean if they rated it more than once). If they gave none, it is the mean of
//!    the ratings of their live-mode answers that probe that competency. Otherwise: not rated.
//! 2. Competency score = mean of the interviewers' evidence for it (1.0 to 4.0), with the lowest,
//!    the highest and how many rated it. Interviewers disagree when highest - lowest >= 2.
//! 3. Overall = sum(weight x score) / sum(weight), over the competencies with weight > 0 that were
//!    rated. Weights are the spec's 0-10 importances; only their ratios matter (scale-free).
//! 4. Coverage = weight of the rated competencies / weight of all competencies (0 to 1).
//! 5. Gates. A must-have whose score is <= 2.0 fails and blocks a hire, whatever the overall.
//!    A must-have nobody rated is "not yet assessed": not a failure, but the verdict cannot be Hire.
//! 6. Verdict, first rule that applies: a failed gate -> Blocked; no overall or coverage < 50% ->
//!    Not enough evidence; overall >= 3.25 -> Hire (Lean hire while a must-have is unassessed);
//!    >= 2.75 -> Lean hire; >= 2.25 -> Lean no hire; else No hire.
//!
//! 7. Gate states: a must-have is Blocked at 2.0 or lower, Below the required level when it is
//!    above 2.0 but under the spec's required level (not blocking), else Met.
//! 8. Calls at odds: verdicts sit on the calls' four-step scale (No hire and Blocked = strong no,
//!    Lean no hire = no, Lean hire = yes, Hire = strong yes; no step without enough evidence).
//!    An interviewer's call 2 or more steps from the verdict is flagged for discussion.
//!
//! Every scorecard passed in counts: the caller chooses which ones (for example only submitted
//! ones, or all of them for a draft view). Interviewers' overall calls (strong no..strong yes)
//! are tallied and reported alongside; they do not change the verdict.
//! Sums run over values in a fixed order and weights are divided by their greatest common
//! divisor first, so the result does not depend on input order or weight scale, bit for bit.

mod explain;
mod report;

use super::candidate::{Candidate, Recommendation, Scorecard};
use super::competency::Competency;
use super::role::{CompetencyReq, RoleSpec};
use crate::engine::order;

pub use report::{
    CallAtOdds, CompetencyScore, GateResult, GateStatus, RecommendationTally, ScoreReport, Verdict,
};

/// The formula in plain words, for the UI and the README.
pub const FORMULA: &str = "\
Each interviewer's rating of a competency is the one they gave, or else the average of their rated interview answers on it.
A competency's score is the average over the interviewers who rated it, from 1 (Gap) to 4 (Strong).
Overall score = sum of (weight x score) / sum of weights, over the weighted competencies that were rated.
Coverage = weight of the rated competencies / total weight.
A must-have scoring 2.0 or lower blocks a hire; a must-have not yet rated rules out Hire.
Verdict: Not enough evidence below 50% coverage; otherwise Hire from 3.25, Lean hire from 2.75, Lean no hire from 2.25, else No hire.";

/// Overall score from which the verdict is Hire.
pub const HIRE_AT: f64 = 3.25;
/// Overall score from which the verdict is Lean hire.
pub const LEAN_HIRE_AT: f64 = 2.75;
/// Overall score from which the verdict is Lean no hire (below it: No hire).
pub const LEAN_NO_HIRE_AT: f64 = 2.25;
/// Below this share of the total weight rated, there is not enough evidence for a verdict.
pub const MIN_COVERAGE: f64 = 0.5;
/// A must-have scoring this or lower fails its gate.
pub const GATE_FAIL_AT_OR_BELOW: f64 = 2.0;
/// An overall call this many steps or more from the verdict is flagged.
pub const CALL_GAP_FLAGGED: u8 = 2;
/// Interviewers disagree on a competency when their ratings are this far apart or more.
pub const DISAGREEMENT_SPREAD: f64 = 2.0;
/// Tolerance for threshold comparisons, so float rounding never flips a verdict.
const EPS: f64 = 1e-9;
const N: usize = Competency::ALL.len();

/// One interviewer's evidence per competency (see the formula, step 1), in `Competency::ALL` order.
pub fn evidence(card: &Scorecard) -> Vec<(Competency, f64)> {
    let found = card_evidence(card);
    Competency::ALL
        .iter()
        .zip(found)
        .filter_map(|(c, value)| value.map(|v| (*c, v)))
        .collect()
}

/// Position in `Competency::ALL`: the enum is declared in that order (a unit test checks it),
/// and a cast is much faster than `Competency::index`'s search in the ranking hot loop.
fn slot_of(c: Competency) -> usize {
    c as usize
}

fn card_evidence(card: &Scorecard) -> [Option<f64>; N] {
    // (sum, count) in integers: exact, so the order of ratings cannot matter.
    let mut explicit = [(0u64, 0u64); N];
    let mut answers = [(0u64, 0u64); N];
    for r in &card.ratings {
        let slot = &mut explicit[slot_of(r.competency)];
        *slot = (slot.0 + u64::from(r.rating.value()), slot.1 + 1);
    }
    for answer in &card.answers {
        let Some(rating) = answer.rating else {
            continue;
        };
        let mut seen = [false; N];
        for c in &answer.competencies {
            let i = slot_of(*c);
            if !std::mem::replace(&mut seen[i], true) {
                answers[i] = (answers[i].0 + u64::from(rating.value()), answers[i].1 + 1);
            }
        }
    }
    let mut out = [None; N];
    for i in 0..N {
        let (sum, count) = if explicit[i].1 > 0 {
            explicit[i]
        } else {
            answers[i]
        };
        if count > 0 {
            out[i] = Some(sum as f64 / count as f64);
        }
    }
    out
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// The spec read once: requirements in `Competency::ALL` order and weights divided by their gcd
/// (so weights w and k*w give identical arithmetic).
struct Prepared {
    reqs: [CompetencyReq; N],
    weights: [u32; N],
    total_weight: u32,
}

impl Prepared {
    fn new(spec: &RoleSpec) -> Prepared {
        let reqs = Competency::ALL.map(|c| spec.requirement(c));
        let divisor = reqs
            .iter()
            .fold(0, |g, r| gcd(g, u32::from(r.weight)))
            .max(1);
        let weights = reqs.map(|r| u32::from(r.weight) / divisor);
        Prepared {
            reqs,
            weights,
            total_weight: weights.iter().sum(),
        }
    }
}

/// One competency across interviewers.
#[derive(Clone, Copy)]
struct Agg {
    score: f64,
    min: f64,
    max: f64,
    count: usize,
}

/// Everything the verdict needs, without words: shared by `score` and `rank` so they agree.
struct Numbers {
    per: [Option<Agg>; N],
    overall: Option<f64>,
    coverage: f64,
    rated_weight: u32,
    verdict: Verdict,
}

/// Buffers reused across candidates, so ranking thousands does not allocate per candidate.
#[derive(Default)]
struct Scratch {
    per_card: Vec<[Option<f64>; N]>,
    values: Vec<f64>,
}

fn aggregate(p: &Prepared, cards: &[Scorecard], scratch: &mut Scratch) -> Numbers {
    // Per competency: (sum, min, max, count, every value whole).
    let mut acc = [(0.0, f64::MAX, f64::MIN, 0usize, true); N];
    scratch.per_card.clear();
    for card in cards {
        let found = card_evidence(card);
        for (a, v) in acc.iter_mut().zip(found) {
            if let Some(v) = v {
                // Plain comparisons: evidence is never NaN, and they beat `f64::min` calls in wasm.
                *a = (
                    a.0 + v,
                    if v < a.1 { v } else { a.1 },
                    if v > a.2 { v } else { a.2 },
                    a.3 + 1,
                    a.4 && v == f64::from(v as u8),
                );
            }
        }
        scratch.per_card.push(found);
    }
    let mut per = [None; N];
    let (mut weighted_sum, mut rated_weight) = (0.0, 0u32);
    let (mut gate_failed, mut gate_unassessed) = (false, false);
    for (i, &(sum, min, max, count, whole)) in acc.iter().enumerate() {
        if count > 0 {
            // Whole numbers add up exactly in any order; otherwise sum in sorted order, so the
            // mean never depends on the order of the scorecards.
            let sum = if whole { sum } else { sorted_sum(scratch, i) };
            let score = sum / count as f64;
            per[i] = Some(Agg {
                score,
                min,
                max,
                count,
            });
            weighted_sum += f64::from(p.weights[i]) * score;
            rated_weight += p.weights[i];
        }
        if p.reqs[i].must_have {
            match per[i] {
                None => gate_unassessed = true,
                Some(a) if a.score <= GATE_FAIL_AT_OR_BELOW + EPS => gate_failed = true,
                Some(_) => {}
            }
        }
    }
    let overall = (rated_weight > 0).then(|| weighted_sum / f64::from(rated_weight));
    let coverage = if p.total_weight > 0 {
        f64::from(rated_weight) / f64::from(p.total_weight)
    } else {
        0.0
    };
    let verdict = decide(overall, coverage, gate_failed, gate_unassessed);
    Numbers {
        per,
        overall,
        coverage,
        rated_weight,
        verdict,
    }
}

fn sorted_sum(scratch: &mut Scratch, i: usize) -> f64 {
    let values = &mut scratch.values;
    values.clear();
    values.extend(scratch.per_card.iter().filter_map(|card| card[i]));
    values.sort_unstable_by(f64::total_cmp);
    values.iter().sum()
}

/// Scores one candidate's scorecards against a role spec. Never panics, never returns NaN.
pub fn score(spec: &RoleSpec, cards: &[Scorecard]) -> ScoreReport {
    let p = Prepared::new(spec);
    let n = aggregate(&p, cards, &mut Scratch::default());
    let mut recommendations = RecommendationTally::default();
    for card in cards {
        recommendations.add(card.recommendation);
    }
    let competencies: Vec<CompetencyScore> = p
        .reqs
        .iter()
        .zip(n.per)
        .filter(|(req, agg)| req.weight > 0 || req.must_have || agg.is_some())
        .map(|(req, agg)| CompetencyScore {
            competency: req.competency,
            weight: req.weight,
            required: req.required,
            must_have: req.must_have,
            score: agg.map(|a| a.score),
            min: agg.map(|a| a.min),
            max: agg.map(|a| a.max),
            ratings: agg.map_or(0, |a| a.count),
            disagreement: agg.is_some_and(|a| a.max - a.min >= DISAGREEMENT_SPREAD - EPS),
            meets_required: agg.map(|a| a.score >= f64::from(req.required.value()) - EPS),
        })
        .collect();
    let gates = competencies
        .iter()
        .filter(|c| c.must_have)
        .map(explain::gate)
        .collect();
    let disagreements = competencies
        .iter()
        .filter(|c| c.disagreement)
        .map(|c| c.competency)
        .collect();
    let mut report = ScoreReport {
        overall: n.overall,
        coverage: n.coverage,
        competencies,
        gates,
        disagreements,
        verdict: n.verdict,
        explanation: Vec::new(),
        recommendations,
        scorecards: cards.len(),
        calls_at_odds: calls_at_odds(n.verdict, cards),
    };
    report.explanation = explain::explain(&report, n.rated_weight, p.total_weight);
    report
}

/// Where a verdict sits on the calls' scale (step 8 of the formula); `None` without a verdict.
pub fn verdict_step(verdict: Verdict) -> Option<u8> {
    match verdict {
        Verdict::NoHire | Verdict::Blocked => Some(0),
        Verdict::LeanNoHire => Some(1),
        Verdict::LeanHire => Some(2),
        Verdict::Hire => Some(3),
        Verdict::NotEnoughEvidence => None,
    }
}

fn call_step(call: Recommendation) -> u8 {
    match call {
        Recommendation::StrongNo => 0,
        Recommendation::No => 1,
        Recommendation::Yes => 2,
        Recommendation::StrongYes => 3,
    }
}

/// The cards whose overall call is `CALL_GAP_FLAGGED` or more steps from `verdict`, by
/// interviewer name, so the report never depends on the order of the cards.
pub fn calls_at_odds(verdict: Verdict, cards: &[Scorecard]) -> Vec<CallAtOdds> {
    let Some(at) = verdict_step(verdict) else {
        return Vec::new();
    };
    let mut odds: Vec<CallAtOdds> = cards
        .iter()
        .filter_map(|card| {
            let call = card.recommendation?;
            let steps = call_step(call).abs_diff(at);
            (steps >= CALL_GAP_FLAGGED).then(|| CallAtOdds {
                interviewer: card.interviewer.clone(),
                call,
                steps,
            })
        })
        .collect();
    order::sort_by(&mut odds, |a, b| {
        (&a.interviewer, a.call, a.steps).cmp(&(&b.interviewer, b.call, b.steps))
    });
    odds
}

fn decide(
    overall: Option<f64>,
    coverage: f64,
    gate_failed: bool,
    gate_unassessed: bool,
) -> Verdict {
    if gate_failed {
        return Verdict::Blocked;
    }
    let Some(overall) = overall.filter(|_| coverage >= MIN_COVERAGE) else {
        return Verdict::NotEnoughEvidence;
    };
    if overall >= HIRE_AT - EPS && !gate_unassessed {
        Verdict::Hire
    } else if overall >= LEAN_HIRE_AT - EPS {
        Verdict::LeanHire
    } else if overall >= LEAN_NO_HIRE_AT - EPS {
        Verdict::LeanNoHire
    } else {
        Verdict::NoHire
    }
}

/// A candidate's place in the ranking. Numbers only, so ranking thousands stays fast (budget B3):
/// call `score` for the full explained report of one candidate.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked<'a> {
    /// 1-based place in the ranking.
    pub position: usize,
    pub candidate: &'a Candidate,
    pub verdict: Verdict,
    pub overall: Option<f64>,
    pub coverage: f64,
}

/// Candidates best first: by verdict group (`Verdict::ORDER`), then overall (highest first, none
/// last), then candidate id, then name. The result does not depend on the input order.
/// Verdicts and numbers are exactly those `score` reports.
pub fn rank<'a>(spec: &RoleSpec, candidates: &'a [Candidate]) -> Vec<Ranked<'a>> {
    let p = Prepared::new(spec);
    let mut scratch = Scratch::default();
    let mut ranked: Vec<Ranked<'a>> = candidates
        .iter()
        .map(|candidate| {
            let n = aggregate(&p, &candidate.scorecards, &mut scratch);
            Ranked {
                position: 0,
                candidate,
                verdict: n.verdict,
                overall: n.overall,
                coverage: n.coverage,
            }
        })
        .collect();
    order::sort_by(&mut ranked, |a, b| {
        a.verdict
            .group()
            .cmp(&b.verdict.group())
            .then_with(|| match (a.overall, b.overall) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (x, y) => y.is_some().cmp(&x.is_some()),
            })
            .then_with(|| a.candidate.id.cmp(&b.candidate.id))
            .then_with(|| a.candidate.name.cmp(&b.candidate.name))
    });
    for (i, r) in ranked.iter_mut().enumerate() {
        r.position = i + 1;
    }
    ranked
}

#[cfg(test)]
mod tests;
