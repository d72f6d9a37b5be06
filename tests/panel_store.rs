//! Panel rounds in the stored document: the frozen v1 fixture (made before rounds existed)
//! loads with none, a round round-trips, and every change to it goes through the reducer.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::candidate::{CompetencyRating, Scorecard};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::edit::RoundEdit;
use hirekit::engine::kit::{assemble, StageBudgets};
use hirekit::engine::link::invitation::Invitation;
use hirekit::engine::link::sealed_return::RoundPublicKey;
use hirekit::engine::panel_round::PanelRound;
use hirekit::engine::role::RoleSpec;
use hirekit::engine::store::{self, SCHEMA_VERSION};
use hirekit::state::{Action, AppState, DocAction};

const V1: &str = include_str!("fixtures/store/v1.json");

fn state() -> AppState {
    let loaded = store::load(Some(V1));
    assert_eq!(loaded.problem, None);
    AppState::new(loaded.document, Vec::new(), Default::default())
}

fn round(candidate_id: &str) -> PanelRound {
    PanelRound {
        id: "r-1".into(),
        candidate_id: candidate_id.into(),
        created_at: 3,
        public_key: RoundPublicKey::sample().as_bytes().to_vec(),
        panel: Vec::new(),
        received: Vec::new(),
        opening: None,
        amendments: Vec::new(),
        decision: None,
    }
}

fn doc(app: &mut AppState, change: DocAction) {
    app.apply(Action::Doc(change));
}

fn submitted(name: &str) -> Scorecard {
    let mut card = Scorecard::blank(name, 9);
    card.ratings.push(CompetencyRating {
        competency: Competency::Security,
        rating: Rating::Strong,
        evidence: "threat model".into(),
    });
    card.submitted = true;
    card
}

#[test]
fn the_v1_fixture_without_rounds_loads_and_a_round_round_trips() {
    assert!(
        !V1.contains("\"rounds\""),
        "the frozen fixture predates rounds"
    );
    let mut app = state();
    assert!(app.doc.rounds.is_empty() && app.doc.accepted.is_empty());
    assert_eq!(app.doc.schema_version, SCHEMA_VERSION);
    let id = app.doc.candidates[0].id.clone();
    doc(
        &mut app,
        DocAction::CreateRound {
            round: Box::new(round(&id)),
        },
    );
    assert_eq!(app.doc.round_for(&id).map(|r| r.id.as_str()), Some("r-1"));
    let again = store::load(Some(&store::save(&app.doc)));
    assert_eq!(again.problem, None);
    assert_eq!(again.document, app.doc);
}

#[test]
fn round_edits_go_through_the_reducer_and_a_refused_one_is_not_a_change() {
    let mut app = state();
    let id = app.doc.candidates[0].id.clone();
    doc(
        &mut app,
        DocAction::CreateRound {
            round: Box::new(round(&id)),
        },
    );
    // One round per candidate.
    let before = app.revision;
    doc(
        &mut app,
        DocAction::CreateRound {
            round: Box::new(round(&id)),
        },
    );
    assert_eq!(app.revision, before);
    let edit = |edit| DocAction::EditRound {
        id: "r-1".into(),
        now: 10,
        edit,
    };
    doc(
        &mut app,
        edit(RoundEdit::Invite {
            name: "Lee".into(),
            question_ids: vec![],
        }),
    );
    let before = app.revision;
    doc(&mut app, edit(RoundEdit::Reveal { by: "Max".into() }));
    assert_eq!(app.revision, before, "closed until Lee's card is in");
    doc(
        &mut app,
        edit(RoundEdit::ImportUnsealed {
            card: Box::new(submitted("Lee")),
        }),
    );
    doc(&mut app, edit(RoundEdit::Reveal { by: "Max".into() }));
    let round = app.doc.round_for(&id).unwrap();
    assert!(round.ratings_visible());
    assert!(app.doc.candidates[0]
        .scorecards
        .iter()
        .any(|c| c.interviewer == "Lee"));
}

#[test]
fn deleting_a_candidate_takes_their_round_and_undo_brings_it_back() {
    let mut app = state();
    let id = app.doc.candidates[0].id.clone();
    doc(
        &mut app,
        DocAction::CreateRound {
            round: Box::new(round(&id)),
        },
    );
    doc(&mut app, DocAction::DeleteCandidate { id: id.clone() });
    assert!(app.doc.rounds.is_empty());
    doc(&mut app, DocAction::UndoDelete);
    assert!(app.doc.round_for(&id).is_some());
}

#[test]
fn an_accepted_invitation_is_a_spec_and_a_candidate_with_the_round_beside_them() {
    let mut app = AppState::default();
    let spec = RoleSpec::default();
    let invitation = Invitation {
        round_id: "r-9".into(),
        interviewer: "Ana".into(),
        candidate_name: "Candidate K".into(),
        round_key: RoundPublicKey::sample(),
        questions: assemble(&spec, &StageBudgets::default()),
        spec,
    };
    let accept = || DocAction::AcceptInvitation {
        invitation: Box::new(invitation.clone()),
        spec_id: "s-1".into(),
        candidate_id: "c-1".into(),
        now: 4,
    };
    doc(&mut app, accept());
    let revision = app.revision;
    doc(&mut app, accept());
    assert_eq!(app.revision, revision, "accepting twice changes nothing");
    assert_eq!(app.doc.accepted.len(), 1);
    assert_eq!(app.doc.candidates[0].name, "Candidate K");
    doc(
        &mut app,
        DocAction::KeepSealedReturn {
            candidate_id: "c-1".into(),
            payload: "sealed".into(),
        },
    );
    let again = store::load(Some(&store::save(&app.doc)));
    assert_eq!(again.document.accepted, app.doc.accepted);
}
