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
//! Every scorecard passed in counts: the caller chooses which ones (for example only submitted
//! ones, or all of them for a draft view). Interviewers' overall calls (strong no..strong yes)
//! are tallied and reported alongside; they do not change the verdict.
//! Sums run over values in a fixed order and weights are divided by their greatest common
//! divisor first, so the result does not depend on input order or weight scale, bit for bit.

mod explain;

use serde::{Deserialize, Serialize};

use super::candidate::{Candidate, Recommendation, Scorecard};
use super::competency::{Competency, Rating};
use super::role::RoleSpec;

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
/// Interviewers disagree on a competency when their ratings are this far apart or more.
pub const DISAGREEMENT_SPREAD: f64 = 2.0;
/// Tolerance for threshold comparisons, so float rounding never flips a verdict.
const EPS: f64 = 1e-9;
const N: usize = Competency::ALL.len();

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Hire,
    LeanHire,
    LeanNoHire,
    NoHire,
    Blocked,
    NotEnoughEvidence,
}

impl Verdict {
    /// Ranking order: the clearest yes first; without enough evidence after the clear no's (they
    /// may still turn out well); a failed must-have last (ruled out whatever the scores).
    pub const ORDER: [Verdict; 6] = [
        Verdict::Hire,
        Verdict::LeanHire,
        Verdict::LeanNoHire,
        Verdict::NoHire,
        Verdict::NotEnoughEvidence,
        Verdict::Blocked,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Hire => "Hire",
            Verdict::LeanHire => "Lean hire",
            Verdict::LeanNoHire => "Lean no hire",
            Verdict::NoHire => "No hire",
            Verdict::Blocked => "Blocked by a must-have",
            Verdict::NotEnoughEvidence => "Not enough evidence",
        }
    }

    /// Position in `ORDER` (0 = best).
    pub fn group(self) -> usize {
        Verdict::ORDER.iter().position(|v| *v == self).unwrap_or(0)
    }
}

/// One competency's aggregate across interviewers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompetencyScore {
    pub competency: Competency,
    /// The spec's importance, 0-10 (0: shown for information, not in the overall).
    pub weight: u8,
    pub required: Rating,
    pub must_have: bool,
    /// Mean over the interviewers who rated it; `None` when nobody did.
    pub score: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// How many interviewers rated it.
    pub ratings: usize,
    pub disagreement: bool,
    /// Whether the score reaches the spec's required level; `None` when not rated.
    pub meets_required: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GateStatus {
    Passed,
    Failed,
    NotYetAssessed,
}

/// A must-have checked against its gate, with the reason in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GateResult {
    pub competency: Competency,
    pub score: Option<f64>,
    pub status: GateStatus,
    pub reason: String,
}

/// How many interviewers made each overall call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationTally {
    pub strong_no: usize,
    pub no: usize,
    pub yes: usize,
    pub strong_yes: usize,
    /// Scorecards without an overall call.
    pub none: usize,
}

impl RecommendationTally {
    pub fn count(&self, recommendation: Recommendation) -> usize {
        match recommendation {
            Recommendation::StrongNo => self.strong_no,
            Recommendation::No => self.no,
            Recommendation::Yes => self.yes,
            Recommendation::StrongYes => self.strong_yes,
        }
    }

    fn add(&mut self, recommendation: Option<Recommendation>) {
        match recommendation {
            Some(Recommendation::StrongNo) => self.strong_no += 1,
            Some(Recommendation::No) => self.no += 1,
            Some(Recommendation::Yes) => self.yes += 1,
            Some(Recommendation::StrongYes) => self.strong_yes += 1,
            None => self.none += 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreReport {
    /// Weighted mean, 1.0-4.0; `None` when no weighted competency was rated.
    pub overall: Option<f64>,
    /// Rated weight / total weight, 0.0-1.0 (0 when the spec has no weight at all).
    pub coverage: f64,
    /// Competencies that are weighted, must-have or rated, in `Competency::ALL` order.
    pub competencies: Vec<CompetencyScore>,
    /// One per must-have, in `Competency::ALL` order.
    pub gates: Vec<GateResult>,
    pub disagreements: Vec<Competency>,
    pub verdict: Verdict,
    /// Short sentences saying what drove the verdict, most important first.
    pub explanation: Vec<String>,
    pub recommendations: RecommendationTally,
    /// How many scorecards were counted.
    pub scorecards: usize,
}

impl ScoreReport {
    pub fn competency(&self, competency: Competency) -> Option<&CompetencyScore> {
        self.competencies
            .iter()
            .find(|c| c.competency == competency)
    }
}

/// One interviewer's evidence per competency (see the formula, step 1), in `Competency::ALL` order.
pub fn evidence(card: &Scorecard) -> Vec<(Competency, f64)> {
    let found = card_evidence(card);
    Competency::ALL
        .iter()
        .zip(found)
        .filter_map(|(c, value)| value.map(|v| (*c, v)))
        .collect()
}

fn card_evidence(card: &Scorecard) -> [Option<f64>; N] {
    // (sum, count) in integers: exact, so the order of ratings cannot matter.
    let mut explicit = [(0u64, 0u64); N];
    let mut answers = [(0u64, 0u64); N];
    for r in &card.ratings {
        let slot = &mut explicit[usize::from(r.competency.index())];
        *slot = (slot.0 + u64::from(r.rating.value()), slot.1 + 1);
    }
    for answer in &card.answers {
        let Some(rating) = answer.rating else {
            continue;
        };
        let mut seen = [false; N];
        for c in &answer.competencies {
            let i = usize::from(c.index());
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

/// Scores one candidate's scorecards against a role spec. Never panics, never returns NaN.
pub fn score(spec: &RoleSpec, cards: &[Scorecard]) -> ScoreReport {
    let reqs = Competency::ALL.map(|c| spec.requirement(c));
    let per_card: Vec<[Option<f64>; N]> = cards.iter().map(card_evidence).collect();
    let mut recommendations = RecommendationTally::default();
    for card in cards {
        recommendations.add(card.recommendation);
    }
    // Dividing by the gcd makes weights w and k*w give identical arithmetic.
    let divisor = reqs
        .iter()
        .fold(0, |g, r| gcd(g, u32::from(r.weight)))
        .max(1);

    let mut competencies = Vec::new();
    let mut values = Vec::with_capacity(cards.len());
    let (mut weighted_sum, mut rated_weight, mut total_weight) = (0.0, 0u32, 0u32);
    for (i, req) in reqs.iter().enumerate() {
        values.clear();
        values.extend(per_card.iter().filter_map(|card| card[i]));
        values.sort_by(f64::total_cmp);
        let weight = u32::from(req.weight) / divisor;
        total_weight += weight;
        let (min, max) = (values.first().copied(), values.last().copied());
        let score = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
        if let Some(s) = score {
            if weight > 0 {
                weighted_sum += f64::from(weight) * s;
                rated_weight += weight;
            }
        }
        if req.weight == 0 && !req.must_have && score.is_none() {
            continue;
        }
        let spread = max.zip(min).map_or(0.0, |(hi, lo)| hi - lo);
        competencies.push(CompetencyScore {
            competency: req.competency,
            weight: req.weight,
            required: req.required,
            must_have: req.must_have,
            score,
            min,
            max,
            ratings: values.len(),
            disagreement: spread >= DISAGREEMENT_SPREAD - EPS,
            meets_required: score.map(|s| s >= f64::from(req.required.value()) - EPS),
        });
    }

    let overall = (rated_weight > 0).then(|| weighted_sum / f64::from(rated_weight));
    let coverage = if total_weight > 0 {
        f64::from(rated_weight) / f64::from(total_weight)
    } else {
        0.0
    };
    let gates: Vec<GateResult> = competencies
        .iter()
        .filter(|c| c.must_have)
        .map(explain::gate)
        .collect();
    let disagreements = competencies
        .iter()
        .filter(|c| c.disagreement)
        .map(|c| c.competency)
        .collect();
    let verdict = decide(overall, coverage, &gates);
    let mut report = ScoreReport {
        overall,
        coverage,
        competencies,
        gates,
        disagreements,
        verdict,
        explanation: Vec::new(),
        recommendations,
        scorecards: cards.len(),
    };
    report.explanation = explain::explain(&report, rated_weight, total_weight);
    report
}

fn decide(overall: Option<f64>, coverage: f64, gates: &[GateResult]) -> Verdict {
    if gates.iter().any(|g| g.status == GateStatus::Failed) {
        return Verdict::Blocked;
    }
    let Some(overall) = overall.filter(|_| coverage >= MIN_COVERAGE) else {
        return Verdict::NotEnoughEvidence;
    };
    let unassessed_gate = gates.iter().any(|g| g.status == GateStatus::NotYetAssessed);
    if overall >= HIRE_AT - EPS && !unassessed_gate {
        Verdict::Hire
    } else if overall >= LEAN_HIRE_AT - EPS {
        Verdict::LeanHire
    } else if overall >= LEAN_NO_HIRE_AT - EPS {
        Verdict::LeanNoHire
    } else {
        Verdict::NoHire
    }
}

/// A candidate in the ranking, with the report behind their place.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked<'a> {
    /// 1-based place in the ranking.
    pub position: usize,
    pub candidate: &'a Candidate,
    pub report: ScoreReport,
}

/// Candidates best first: by verdict group (`Verdict::ORDER`), then overall (highest first, none
/// last), then candidate id, then name. The result does not depend on the input order.
pub fn rank<'a>(spec: &RoleSpec, candidates: &'a [Candidate]) -> Vec<Ranked<'a>> {
    let mut ranked: Vec<Ranked<'a>> = candidates
        .iter()
        .map(|candidate| Ranked {
            position: 0,
            candidate,
            report: score(spec, &candidate.scorecards),
        })
        .collect();
    ranked.sort_by(|a, b| {
        a.report
            .verdict
            .group()
            .cmp(&b.report.verdict.group())
            .then_with(|| match (a.report.overall, b.report.overall) {
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
