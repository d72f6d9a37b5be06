//! Candidates and the evidence interviewers record about them (features S1, S2, I3, I4, I6).
//!
//! A candidate carries one scorecard per interviewer. A scorecard holds explicit per-competency
//! ratings and, from live interview mode, per-question answers whose ratings count as evidence
//! for the question's competencies. Scoring (`scoring.rs`) reads both.

use serde::{Deserialize, Serialize};

use super::competency::{Competency, Rating};
use super::region::Region;
use super::role::{AiTier, RoleSpec};

/// Record ids are opaque strings made from the clock and a random number, passed in by the
/// caller so the engine stays pure. Unique across devices, so imports can merge.
pub type RecordId = String;

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum CandidateStage {
    #[default]
    Sourced,
    Screening,
    Interviewing,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}

impl CandidateStage {
    pub const ALL: [CandidateStage; 7] = [
        CandidateStage::Sourced,
        CandidateStage::Screening,
        CandidateStage::Interviewing,
        CandidateStage::Offer,
        CandidateStage::Hired,
        CandidateStage::Rejected,
        CandidateStage::Withdrawn,
    ];

    pub fn label(self) -> &'static str {
        match self {
            CandidateStage::Sourced => "Sourced",
            CandidateStage::Screening => "Screening",
            CandidateStage::Interviewing => "Interviewing",
            CandidateStage::Offer => "Offer",
            CandidateStage::Hired => "Hired",
            CandidateStage::Rejected => "Rejected",
            CandidateStage::Withdrawn => "Withdrawn",
        }
    }
}

/// An interviewer's overall call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    StrongNo,
    No,
    Yes,
    StrongYes,
}

impl Recommendation {
    pub const ALL: [Recommendation; 4] = [
        Recommendation::StrongNo,
        Recommendation::No,
        Recommendation::Yes,
        Recommendation::StrongYes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Recommendation::StrongNo => "Strong no",
            Recommendation::No => "No",
            Recommendation::Yes => "Yes",
            Recommendation::StrongYes => "Strong yes",
        }
    }
}

/// One competency rated by one interviewer, with the evidence behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyRating {
    pub competency: Competency,
    pub rating: Rating,
    #[serde(default)]
    pub evidence: String,
}

/// A question asked in live mode: ticked, noted, and maybe rated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerNote {
    /// Bank question id, or the id of a custom question in the kit.
    pub question_id: String,
    /// The competencies the question probes: its rating counts as evidence for each.
    pub competencies: Vec<Competency>,
    pub asked: bool,
    pub rating: Option<Rating>,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scorecard {
    /// The interviewer's name: one scorecard per interviewer per candidate.
    pub interviewer: String,
    pub ratings: Vec<CompetencyRating>,
    #[serde(default)]
    pub answers: Vec<AnswerNote>,
    pub recommendation: Option<Recommendation>,
    /// Until submitted, the interviewer does not see the others' ratings (S4).
    pub submitted: bool,
    /// Milliseconds since the Unix epoch of the last change.
    pub updated_at: u64,
}

impl Scorecard {
    /// An empty scorecard for an interviewer starting now.
    pub fn blank(interviewer: &str, now: u64) -> Scorecard {
        Scorecard {
            interviewer: interviewer.trim().to_string(),
            ratings: Vec::new(),
            answers: Vec::new(),
            recommendation: None,
            submitted: false,
            updated_at: now,
        }
    }
}

/// One interviewer, one scorecard: names match whatever the case and surrounding spaces, so
/// "sam " continues Sam's scorecard.
pub fn same_interviewer(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A step of the hiring plan (I3), ticked per candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HiringStep {
    PortfolioReview,
    CodingAssessment,
    BehavioralInterview,
    TechnicalInterview,
    CommunicationCheck,
    References,
    Offer,
}

impl HiringStep {
    pub const ALL: [HiringStep; 7] = [
        HiringStep::PortfolioReview,
        HiringStep::CodingAssessment,
        HiringStep::BehavioralInterview,
        HiringStep::TechnicalInterview,
        HiringStep::CommunicationCheck,
        HiringStep::References,
        HiringStep::Offer,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HiringStep::PortfolioReview => "Portfolio and GitHub review",
            HiringStep::CodingAssessment => "Coding assessment or take-home",
            HiringStep::BehavioralInterview => "Behavioral interview",
            HiringStep::TechnicalInterview => "Technical and system-design interview",
            HiringStep::CommunicationCheck => "Communication, English and time-zone check",
            HiringStep::References => "References",
            HiringStep::Offer => "Offer: contract and payment terms",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanProgress {
    pub step: HiringStep,
    pub done: bool,
    /// ISO date (YYYY-MM-DD) as typed in a date input; empty when not set.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub note: String,
}

/// The onboarding checklist after an offer is accepted (I6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnboardingTask {
    SignedContract,
    AccessDayOne,
    DocsDayOne,
    FirstWeekBuddy,
    RegularCheckIns,
    ThirtyDayReview,
    GrowthPlan,
}

impl OnboardingTask {
    pub const ALL: [OnboardingTask; 7] = [
        OnboardingTask::SignedContract,
        OnboardingTask::AccessDayOne,
        OnboardingTask::DocsDayOne,
        OnboardingTask::FirstWeekBuddy,
        OnboardingTask::RegularCheckIns,
        OnboardingTask::ThirtyDayReview,
        OnboardingTask::GrowthPlan,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OnboardingTask::SignedContract => {
                "Contract signed, with scope, pay and payment terms written down"
            }
            OnboardingTask::AccessDayOne => "Accounts and tool access working on the first day",
            OnboardingTask::DocsDayOne => {
                "Architecture notes and setup docs shared on the first day"
            }
            OnboardingTask::FirstWeekBuddy => {
                "A teammate named as the go-to person for the first weeks"
            }
            OnboardingTask::RegularCheckIns => "Weekly one-to-one check-ins booked",
            OnboardingTask::ThirtyDayReview => "A 30-day review of goals and blockers",
            OnboardingTask::GrowthPlan => "A growth plan: skills to build and a path to more scope",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub id: RecordId,
    /// A name or a pseudonym: the hiring manager decides how much to store.
    pub name: String,
    /// The role spec the candidate is assessed against.
    pub spec_id: Option<RecordId>,
    pub region: Region,
    pub years: u8,
    pub ai_tier: AiTier,
    /// Annual ask in whole US dollars.
    pub salary_ask: Option<u32>,
    pub stage: CandidateStage,
    #[serde(default)]
    pub scorecards: Vec<Scorecard>,
    #[serde(default)]
    pub plan: Vec<PlanProgress>,
    #[serde(default)]
    pub onboarding: Vec<OnboardingTask>,
    pub updated_at: u64,
    /// The role spec as it was when it was deleted, so the scorecards still have weights and
    /// must-haves to be read against. Left out of the stored text when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spec_snapshot: Option<RoleSpec>,
}

/// How much of a name a list shows: a list is for finding a candidate, and laying out megabytes of
/// one pasted name would freeze the page. The candidate's own page shows it whole.
pub const LIST_NAME_CHARS: usize = 120;

impl Candidate {
    /// The name as a list shows it: whole, or its first `LIST_NAME_CHARS` characters and "…".
    pub fn list_name(&self) -> std::borrow::Cow<'_, str> {
        match self.name.char_indices().nth(LIST_NAME_CHARS) {
            None => self.name.as_str().into(),
            Some((cut, _)) => format!("{}…", &self.name[..cut]).into(),
        }
    }

    /// This interviewer's scorecard, started now if they have none yet.
    pub fn scorecard_mut(&mut self, interviewer: &str, now: u64) -> &mut Scorecard {
        let at = match self
            .scorecards
            .iter()
            .position(|s| same_interviewer(&s.interviewer, interviewer))
        {
            Some(at) => at,
            None => {
                self.scorecards.push(Scorecard::blank(interviewer, now));
                self.scorecards.len() - 1
            }
        };
        &mut self.scorecards[at]
    }

    pub fn new(id: RecordId, name: String, now: u64) -> Candidate {
        Candidate {
            id,
            name,
            spec_id: None,
            region: Region::Mexico,
            years: 5,
            ai_tier: AiTier::Enabled,
            salary_ask: None,
            stage: CandidateStage::Sourced,
            scorecards: Vec::new(),
            plan: HiringStep::ALL
                .iter()
                .map(|&step| PlanProgress {
                    step,
                    done: false,
                    date: String::new(),
                    note: String::new(),
                })
                .collect(),
            onboarding: Vec::new(),
            updated_at: now,
            spec_snapshot: None,
        }
    }
}

#[cfg(test)]
mod list_name_tests {
    use super::*;

    #[test]
    fn a_list_shows_short_names_whole_and_cuts_long_ones_on_a_character() {
        let mut c = Candidate::new("cand-1".into(), "Ana P.".into(), 0);
        assert_eq!(c.list_name(), "Ana P.");
        c.name = "é".repeat(LIST_NAME_CHARS);
        assert_eq!(c.list_name(), c.name);
        c.name = "é".repeat(4 * 1024 * 1024);
        let shown = c.list_name();
        assert_eq!(shown.chars().count(), LIST_NAME_CHARS + 1);
        assert!(shown.ends_with('…'));
    }
}
