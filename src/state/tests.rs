//! The document changes `apply` makes, natively.

use super::*;
use crate::engine::candidate::Recommendation;
use crate::engine::competency::{Competency, Rating};
use crate::engine::edit::{AnswerEdit, ScorecardEdit};
use crate::engine::questions::bank;
use crate::engine::scoring::{score, Verdict};

fn doc(action: DocAction) -> Action {
    Action::Doc(action)
}

fn with_spec() -> AppState {
    let mut state = AppState::default();
    state.apply(doc(DocAction::CreateSpec {
        id: "s1".into(),
        now: 10,
        spec: RoleSpec::default(),
    }));
    state
}

fn rename(title: &str, now: u64) -> Action {
    doc(DocAction::EditSpec {
        id: "s1".into(),
        now,
        edit: SpecEdit::Rename {
            title: title.into(),
        },
    })
}

#[test]
fn every_document_change_bumps_the_revision_once() {
    let mut state = with_spec();
    assert_eq!(state.revision, 1);
    state.apply(rename("API platform engineer", 20));
    assert_eq!(state.revision, 2);
    assert_eq!(state.doc.specs[0].updated_at, 20);
    // The same content again is not a change: no save, no new timestamp.
    state.apply(rename("API platform engineer", 30));
    assert_eq!(state.revision, 2);
    assert_eq!(state.doc.specs[0].updated_at, 20);
}

/// The bug edits fix: a change made after another tab's merge keeps what the merge brought.
#[test]
fn an_edit_lands_on_the_record_as_it_is_now() {
    let mut state = with_spec();
    let base = state.doc.clone();
    let mut theirs = base.clone();
    theirs.specs[0].spec.title = "Renamed in the other tab".into();
    theirs.specs[0].updated_at = 40;
    state.apply(Action::StorageChanged {
        base: Box::new(base),
        theirs: Box::new(theirs),
    });
    state.apply(doc(DocAction::EditSpec {
        id: "s1".into(),
        now: 50,
        edit: SpecEdit::Weight {
            competency: Competency::Caching,
            weight: 9,
        },
    }));
    let spec = &state.doc.specs[0].spec;
    assert_eq!(spec.title, "Renamed in the other tab");
    assert_eq!(spec.requirement(Competency::Caching).weight, 9);
}

#[test]
fn delete_then_undo_restores_the_spec_in_place() {
    let mut state = with_spec();
    state.apply(doc(DocAction::CreateSpec {
        id: "s2".into(),
        now: 11,
        spec: RoleSpec::default(),
    }));
    state.apply(doc(DocAction::DeleteSpec { id: "s1".into() }));
    assert_eq!(state.doc.specs.len(), 1);
    assert!(state.undo.is_some());
    state.apply(doc(DocAction::UndoDelete));
    assert_eq!(state.doc.specs[0].id, "s1");
    assert!(state.undo.is_none());
}

#[test]
fn unknown_ids_and_refused_edits_change_nothing() {
    let mut state = with_spec();
    let before = state.clone();
    state.apply(doc(DocAction::EditSpec {
        id: "nope".into(),
        now: 1,
        edit: SpecEdit::Overlap { hours: 2 },
    }));
    // No kit yet: removing a question from it is refused.
    state.apply(doc(DocAction::EditKit {
        spec_id: "s1".into(),
        now: 2,
        edit: KitEdit::Remove { id: "x".into() },
    }));
    state.apply(doc(DocAction::EditCandidate {
        id: "nobody".into(),
        now: 3,
        edit: CandidateEdit::Years { years: 3 },
    }));
    state.apply(doc(DocAction::EditSalary {
        edit: SalaryEdit::SetCurrency {
            code: "??".into(),
            per_usd: 1.0,
        },
    }));
    assert_eq!(state, before);
}

#[test]
fn a_kit_is_assembled_from_the_spec_as_it_is_now() {
    let mut state = with_spec();
    state.apply(doc(DocAction::EditKit {
        spec_id: "s1".into(),
        now: 20,
        edit: KitEdit::Assemble {
            budgets: Default::default(),
        },
    }));
    let saved = &state.doc.specs[0];
    assert!(saved.kit.as_ref().is_some_and(|k| k.total_minutes() > 0));
    assert_eq!((saved.updated_at, state.revision), (20, 2));
}

#[test]
fn a_failed_save_is_reported_and_the_work_stays() {
    let mut state = with_spec();
    state.apply(Action::SaveFailed {
        message: "full".into(),
    });
    assert!(matches!(state.save, SaveStatus::Failed { .. }));
    assert_eq!(state.doc.specs.len(), 1);
    state.apply(Action::SaveSucceeded);
    assert_eq!(state.save, SaveStatus::Saved);
}

#[test]
fn the_same_field_changed_in_two_tabs_keeps_both_versions_and_says_so() {
    let mut state = with_spec();
    let base = state.doc.clone();
    let mut theirs = base.clone();
    theirs.specs[0].spec.title = "Theirs".into();
    theirs.specs[0].updated_at = 99;
    state.apply(rename("Ours", 50));
    let before = state.revision;
    state.apply(Action::StorageChanged {
        base: Box::new(base),
        theirs: Box::new(theirs),
    });
    assert_eq!(state.doc.specs.len(), 2, "both versions are kept");
    assert_eq!(state.doc.specs[0].spec.title, "Ours");
    assert!(matches!(state.notices[..], [Notice::Info { .. }]));
    assert_eq!(state.revision, before + 1, "the merged document is saved");
}

#[test]
fn erase_all_empties_the_document_and_forgets_undo() {
    let mut state = with_spec();
    state.apply(doc(DocAction::DeleteSpec { id: "s1".into() }));
    state.apply(doc(DocAction::EraseAll));
    assert!(state.doc.is_empty());
    assert!(state.undo.is_none());
}

#[test]
fn a_paused_save_stays_paused() {
    let mut state = AppState::new(
        Document::default(),
        Vec::new(),
        SaveStatus::Paused {
            message: "kept".into(),
        },
    );
    state.apply(Action::SaveSucceeded);
    assert!(matches!(state.save, SaveStatus::Paused { .. }));
    // Only keeping the blocking data aside lifts the pause, and the banner names the copy.
    state.apply(Action::SaveResumed {
        kept_key: Some("hirekit:kept:9".into()),
    });
    assert_eq!(state.save, SaveStatus::Saved);
    assert!(matches!(
        state.notices.last(),
        Some(Notice::StoreProblem { kept_key: Some(key), .. }) if key == "hirekit:kept:9"
    ));
}

fn scorecard(interviewer: &str, now: u64, edit: ScorecardEdit) -> Action {
    doc(DocAction::EditCandidate {
        id: "c1".into(),
        now,
        edit: CandidateEdit::Scorecard {
            interviewer: interviewer.into(),
            edit,
        },
    })
}

/// Ana submits a Hire; live mode, as Ana, then rates five questions 1. Her card and the result
/// must not move (before the fix: "From answers: 1" rows and Lean no hire 2.7).
#[test]
fn live_mode_cannot_change_a_submitted_scorecard() {
    let mut state = with_spec();
    let spec = RoleSpec::default();
    let mut ana = Candidate::new("c1".into(), "Cy".into(), 1);
    ana.spec_id = Some("s1".into());
    state.apply(doc(DocAction::CreateCandidate {
        candidate: Box::new(ana),
    }));
    for req in spec.competencies.iter().filter(|r| r.weight > 0) {
        let rate = ScorecardEdit::Rate {
            competency: req.competency,
            rating: Some(Rating::Strong),
        };
        state.apply(scorecard("Ana", 2, rate));
    }
    let call = ScorecardEdit::Recommend {
        recommendation: Recommendation::StrongYes,
    };
    state.apply(scorecard("Ana", 3, call));
    state.apply(scorecard("Ana", 4, ScorecardEdit::Submit));
    let submitted = state.doc.candidates[0].clone();
    let result = score(&spec, &submitted.scorecards);
    assert_eq!(result.verdict, Verdict::Hire);
    let revision = state.revision;
    for question in bank().iter().take(5) {
        let answer = ScorecardEdit::Answer {
            question_id: question.id.to_string(),
            competencies: question.competencies.to_vec(),
            edit: AnswerEdit::Rating {
                rating: Rating::Gap,
            },
        };
        state.apply(scorecard("Ana", 5, answer));
    }
    assert_eq!(state.doc.candidates[0], submitted);
    assert_eq!(state.revision, revision, "nothing to save");
    let after = score(&spec, &state.doc.candidates[0].scorecards);
    assert_eq!(after, result);
}
