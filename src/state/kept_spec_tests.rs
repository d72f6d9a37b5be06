//! Deleting a spec that candidates use: each keeps a copy, their results still read, and undo
//! puts everything back as it was.

use super::*;
use crate::engine::candidate::Scorecard;
use crate::engine::competency::{Competency, Rating};
use crate::engine::edit::ScorecardEdit;
use crate::engine::scoring::score;

fn doc(action: DocAction) -> Action {
    Action::Doc(action)
}

/// One spec, two candidates assessed against it (Ana with a submitted card), one without.
fn hiring() -> AppState {
    let mut state = AppState::default();
    let spec = RoleSpec {
        title: "Payments engineer".into(),
        ..RoleSpec::default()
    };
    state.apply(doc(DocAction::CreateSpec {
        id: "s1".into(),
        now: 1,
        spec,
    }));
    for (id, spec_id) in [("ana", Some("s1")), ("ben", Some("s1")), ("cy", None)] {
        let mut c = Candidate::new(id.into(), id.into(), 2);
        c.spec_id = spec_id.map(String::from);
        state.apply(doc(DocAction::CreateCandidate {
            candidate: Box::new(c),
        }));
    }
    let mut card = Scorecard::blank("Sam", 3);
    card.submitted = true;
    state.apply(doc(DocAction::EditCandidate {
        id: "ana".into(),
        now: 3,
        edit: CandidateEdit::ImportScorecard { card },
    }));
    let rate = ScorecardEdit::Rate {
        competency: Competency::Security,
        rating: Some(Rating::Strong),
    };
    // The rating lands before submitting: apply it to a draft, then submit.
    let ana = state.doc.candidates.iter_mut().find(|c| c.id == "ana");
    let ana = ana.expect("ana was added");
    ana.scorecards[0].submitted = false;
    assert!(rate.apply(ana, "Sam", 4));
    ana.scorecards[0].submitted = true;
    state
}

#[test]
fn the_library_counts_the_candidates_a_spec_has() {
    let state = hiring();
    assert_eq!(state.doc.candidates_using("s1"), 2);
    assert_eq!(state.doc.candidates_using("nope"), 0);
}

#[test]
fn deleting_a_used_spec_keeps_a_copy_with_each_candidate_and_says_how_many() {
    let mut state = hiring();
    let ana = state.doc.candidate("ana").cloned().unwrap();
    let before = score(&state.doc.specs[0].spec, &ana.scorecards);
    state.apply(doc(DocAction::DeleteSpec { id: "s1".into() }));
    assert!(state.doc.specs.is_empty());
    let text = state.undo.as_ref().map(Undo::describe).unwrap();
    assert!(
        text.contains("The 2 candidates assessed against it keep a copy"),
        "{text}"
    );
    let ana_now = state.doc.candidate("ana").unwrap();
    let assessed = state.doc.assessed_spec(ana_now).expect("a kept copy");
    assert!(assessed.is_kept());
    assert_eq!(
        assessed.list_title(),
        "\u{2068}Payments engineer\u{2069} (deleted)"
    );
    assert_eq!(score(assessed.spec(), &ana_now.scorecards), before);
    assert_eq!(
        ana_now.updated_at, ana.updated_at,
        "keeping a copy is not an edit"
    );
    assert!(state.doc.candidate("cy").unwrap().spec_snapshot.is_none());
    assert_eq!(state.doc.kept_specs().len(), 1);
}

#[test]
fn undo_restores_the_spec_and_leaves_candidates_exactly_as_before() {
    let mut state = hiring();
    let before = state.doc.clone();
    state.apply(doc(DocAction::DeleteSpec { id: "s1".into() }));
    state.apply(doc(DocAction::UndoDelete));
    assert_eq!(state.doc, before);
    let ana = state.doc.candidate("ana").unwrap();
    assert!(!state.doc.assessed_spec(ana).unwrap().is_kept());
}

#[test]
fn choosing_another_spec_drops_the_kept_copy() {
    let mut state = hiring();
    state.apply(doc(DocAction::DeleteSpec { id: "s1".into() }));
    let choose = |spec_id: Option<&str>| {
        doc(DocAction::EditCandidate {
            id: "ana".into(),
            now: 9,
            edit: CandidateEdit::Spec {
                spec_id: spec_id.map(String::from),
            },
        })
    };
    // Choosing the kept spec again changes nothing.
    let revision = state.revision;
    state.apply(choose(Some("s1")));
    assert_eq!(state.revision, revision);
    state.apply(choose(None));
    let ana = state.doc.candidate("ana").unwrap();
    assert!(ana.spec_snapshot.is_none());
    assert!(state.doc.assessed_spec(ana).is_none());
}

#[test]
fn a_live_spec_wins_over_a_kept_copy_after_a_merge_brings_it_back() {
    let mut state = hiring();
    let live = state.doc.specs[0].clone();
    state.apply(doc(DocAction::DeleteSpec { id: "s1".into() }));
    state.doc.specs.push(live);
    let ana = state.doc.candidate("ana").unwrap();
    assert!(!state.doc.assessed_spec(ana).unwrap().is_kept());
}
