//! What a score says: the verdict, per-competency aggregates, gate results, the interviewers'
//! tally and the report that carries them (re-exported from `scoring`).

use serde::{Deserialize, Serialize};

use crate::engine::candidate::Recommendation;
use crate::engine::competency::{Competency, Rating};

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
        match self {
            Verdict::Hire => 0,
            Verdict::LeanHire => 1,
            Verdict::LeanNoHire => 2,
            Verdict::NoHire => 3,
            Verdict::NotEnoughEvidence => 4,
            Verdict::Blocked => 5,
        }
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
    /// Above the gate and at or above the spec's required level.
    Passed,
    /// Above the gate (not blocked) but short of the spec's required level.
    BelowRequired,
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

    pub(super) fn add(&mut self, recommendation: Option<Recommendation>) {
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
    /// Interviewers whose overall call sits `CALL_GAP_FLAGGED` or more steps from the verdict.
    pub calls_at_odds: Vec<CallAtOdds>,
}

/// An interviewer's overall call far from the computed verdict: worth talking through.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallAtOdds {
    pub interviewer: String,
    pub call: Recommendation,
    /// Steps apart on the four-step scale (strong no = 0 .. strong yes = 3).
    pub steps: u8,
}

impl ScoreReport {
    pub fn competency(&self, competency: Competency) -> Option<&CompetencyScore> {
        self.competencies
            .iter()
            .find(|c| c.competency == competency)
    }
}
