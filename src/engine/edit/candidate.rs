//! One change to a candidate: a profile field, a step of the hiring plan, an onboarding task,
//! or something done to one interviewer's scorecard.

use super::scorecard::ScorecardEdit;
use crate::engine::candidate::{
    same_interviewer, Candidate, CandidateStage, HiringStep, OnboardingTask, PlanProgress,
    RecordId, Scorecard,
};
use crate::engine::order;
use crate::engine::region::Region;
use crate::engine::role::{AiTier, RoleSpec};

/// A change to one step of the hiring plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    Done { done: bool },
    Date { date: String },
    Note { note: String },
}

#[derive(Clone, Debug, PartialEq)]
pub enum CandidateEdit {
    Rename {
        name: String,
    },
    /// The role spec the candidate is assessed against, or none.
    Spec {
        spec_id: Option<RecordId>,
    },
    Region {
        region: Region,
    },
    Years {
        years: u8,
    },
    AiTier {
        tier: AiTier,
    },
    /// Whole US dollars a year; `None` clears it.
    SalaryAsk {
        ask: Option<u32>,
    },
    Stage {
        stage: CandidateStage,
    },
    Plan {
        step: HiringStep,
        edit: PlanEdit,
    },
    Onboarding {
        task: OnboardingTask,
        done: bool,
    },
    /// Something done to this interviewer's scorecard (started on the first change).
    Scorecard {
        interviewer: String,
        edit: ScorecardEdit,
    },
    /// An interviewer's scorecard brought in from a link or file, in place of theirs here.
    ImportScorecard {
        card: Scorecard,
    },
    /// The candidate's role spec is being deleted: keep this copy of it with them.
    KeepSpecCopy {
        spec: Box<RoleSpec>,
    },
    /// The deleted spec came back (undo): the kept copy is no longer needed.
    DropSpecCopy,
}

impl CandidateEdit {
    /// Makes the edit at time `now`; true if the candidate changed. A submitted scorecard is
    /// final: edits and imports that would change it are refused.
    pub fn apply(self, candidate: &mut Candidate, now: u64) -> bool {
        let before = candidate.clone();
        match self {
            CandidateEdit::Rename { name } => candidate.name = name,
            CandidateEdit::Spec { spec_id } => {
                // A copy kept from a deleted spec belongs to that spec only.
                if candidate.spec_id != spec_id {
                    candidate.spec_snapshot = None;
                }
                candidate.spec_id = spec_id;
            }
            CandidateEdit::Region { region } => candidate.region = region,
            CandidateEdit::Years { years } => candidate.years = years,
            CandidateEdit::AiTier { tier } => candidate.ai_tier = tier,
            CandidateEdit::SalaryAsk { ask } => candidate.salary_ask = ask,
            CandidateEdit::Stage { stage } => candidate.stage = stage,
            CandidateEdit::Plan { step, edit } => edit_plan(candidate, step, edit),
            CandidateEdit::Onboarding { task, done } => {
                candidate.onboarding.retain(|t| *t != task);
                if done {
                    candidate.onboarding.push(task);
                    order::sort(&mut candidate.onboarding);
                }
            }
            CandidateEdit::Scorecard { interviewer, edit } => {
                if !edit.apply(candidate, &interviewer, now) {
                    return false;
                }
            }
            CandidateEdit::ImportScorecard { card } => {
                let slot = candidate
                    .scorecards
                    .iter_mut()
                    .find(|c| same_interviewer(&c.interviewer, &card.interviewer));
                match slot {
                    Some(mine) if mine.submitted => return false,
                    Some(mine) => *mine = card,
                    None => candidate.scorecards.push(card),
                }
            }
            CandidateEdit::KeepSpecCopy { spec } => candidate.spec_snapshot = Some(*spec),
            CandidateEdit::DropSpecCopy => candidate.spec_snapshot = None,
        }
        if *candidate == before {
            return false;
        }
        candidate.updated_at = now;
        true
    }
}

/// The progress on a step; a fresh one when an older candidate has none stored.
pub fn progress_in(plan: &[PlanProgress], step: HiringStep) -> PlanProgress {
    plan.iter()
        .find(|p| p.step == step)
        .cloned()
        .unwrap_or(PlanProgress {
            step,
            done: false,
            date: String::new(),
            note: String::new(),
        })
}

/// Steps stay in `HiringStep::ALL` order.
fn edit_plan(candidate: &mut Candidate, step: HiringStep, edit: PlanEdit) {
    let mut progress = progress_in(&candidate.plan, step);
    match edit {
        PlanEdit::Done { done } => progress.done = done,
        PlanEdit::Date { date } => progress.date = date,
        PlanEdit::Note { note } => progress.note = note,
    }
    candidate.plan.retain(|p| p.step != step);
    candidate.plan.push(progress);
    order::sort_by_key(&mut candidate.plan, |p| p.step);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::{Competency, Rating};

    fn ana() -> Candidate {
        Candidate::new("c1".into(), "Ana".into(), 0)
    }

    fn applied(c: &Candidate, edit: CandidateEdit, now: u64) -> Candidate {
        let mut next = c.clone();
        edit.apply(&mut next, now);
        next
    }

    #[test]
    fn profile_edits_change_their_field_and_the_time() {
        let mut c = ana();
        assert!(CandidateEdit::SalaryAsk { ask: Some(85_000) }.apply(&mut c, 7));
        assert_eq!((c.salary_ask, c.updated_at), (Some(85_000), 7));
        let c = applied(&c, CandidateEdit::Years { years: 9 }, 8);
        let c = applied(
            &c,
            CandidateEdit::Region {
                region: Region::Brazil,
            },
            9,
        );
        let c = applied(
            &c,
            CandidateEdit::Stage {
                stage: CandidateStage::Offer,
            },
            10,
        );
        let c = applied(
            &c,
            CandidateEdit::AiTier {
                tier: AiTier::Native,
            },
            11,
        );
        let c = applied(
            &c,
            CandidateEdit::Rename {
                name: "Ana P.".into(),
            },
            12,
        );
        let c = applied(
            &c,
            CandidateEdit::Spec {
                spec_id: Some("s1".into()),
            },
            13,
        );
        assert_eq!(c.years, 9);
        assert_eq!(c.region, Region::Brazil);
        assert_eq!(c.stage, CandidateStage::Offer);
        assert_eq!(c.ai_tier, AiTier::Native);
        assert_eq!(c.name, "Ana P.");
        assert_eq!(c.spec_id.as_deref(), Some("s1"));
        assert_eq!(c.salary_ask, Some(85_000), "earlier edits stay");
        // The same value again is not a change and keeps the time.
        let mut same = c.clone();
        assert!(!CandidateEdit::Years { years: 9 }.apply(&mut same, 99));
        assert_eq!(same.updated_at, 13);
    }

    #[test]
    fn a_plan_edit_changes_one_step_and_keeps_the_order() {
        let c = applied(
            &ana(),
            CandidateEdit::Plan {
                step: HiringStep::References,
                edit: PlanEdit::Done { done: true },
            },
            1,
        );
        let c = applied(
            &c,
            CandidateEdit::Plan {
                step: HiringStep::References,
                edit: PlanEdit::Date {
                    date: "2026-12-01".into(),
                },
            },
            2,
        );
        assert_eq!(c.plan.len(), HiringStep::ALL.len());
        let refs = progress_in(&c.plan, HiringStep::References);
        assert!(refs.done);
        assert_eq!(refs.date, "2026-12-01");
        assert!(c.plan.windows(2).all(|w| w[0].step < w[1].step));
        let mut bare = ana();
        bare.plan.clear();
        let bare = applied(
            &bare,
            CandidateEdit::Plan {
                step: HiringStep::Offer,
                edit: PlanEdit::Note {
                    note: "Send Friday".into(),
                },
            },
            3,
        );
        assert_eq!(bare.plan.len(), 1);
        assert_eq!(bare.plan[0].note, "Send Friday");
    }

    #[test]
    fn onboarding_ticks_are_idempotent_and_ordered() {
        let tick = |task, done| CandidateEdit::Onboarding { task, done };
        let c = applied(&ana(), tick(OnboardingTask::GrowthPlan, true), 1);
        let c = applied(&c, tick(OnboardingTask::SignedContract, true), 2);
        let mut again = c.clone();
        assert!(!tick(OnboardingTask::SignedContract, true).apply(&mut again, 3));
        assert_eq!(
            c.onboarding,
            vec![OnboardingTask::SignedContract, OnboardingTask::GrowthPlan]
        );
        let c = applied(&c, tick(OnboardingTask::GrowthPlan, false), 4);
        assert_eq!(c.onboarding, vec![OnboardingTask::SignedContract]);
    }

    #[test]
    fn an_import_adds_or_replaces_a_draft_but_never_a_submitted_card() {
        let mut theirs = Scorecard::blank("Ben", 5);
        theirs.recommendation = Some(crate::engine::candidate::Recommendation::Yes);
        let c = applied(
            &ana(),
            CandidateEdit::ImportScorecard {
                card: theirs.clone(),
            },
            6,
        );
        assert_eq!(c.scorecards, vec![theirs.clone()]);
        let mut submitted = c.clone();
        ScorecardEdit::Rate {
            competency: Competency::Security,
            rating: Some(Rating::Strong),
        }
        .apply(&mut submitted, "Ben", 7);
        ScorecardEdit::Submit.apply(&mut submitted, "ben", 8);
        let frozen = submitted.clone();
        assert!(!CandidateEdit::ImportScorecard { card: theirs }.apply(&mut submitted, 9));
        assert_eq!(submitted, frozen);
    }
}
