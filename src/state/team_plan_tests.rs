//! Team plans in the document: create, edit rows, rename, delete and undo.

use super::*;
use crate::engine::region::Region;
use crate::engine::salary::{Level, TeamLine};

fn doc(action: DocAction) -> Action {
    Action::Doc(action)
}

fn edit(id: &str, now: u64, edit: TeamPlanEdit) -> Action {
    doc(DocAction::EditTeamPlan {
        id: id.into(),
        now,
        edit,
    })
}

fn two_plans() -> AppState {
    let mut state = AppState::default();
    for (id, name) in [("p1", "Team plan 1"), ("p2", "Team plan 2")] {
        state.apply(doc(DocAction::CreateTeamPlan {
            id: id.into(),
            now: 1,
            name: name.into(),
        }));
    }
    state.apply(edit("p1", 2, TeamPlanEdit::AddRow { row: "r1".into() }));
    state.apply(edit(
        "p1",
        3,
        TeamPlanEdit::Level {
            row: "r1".into(),
            level: Level::Senior,
        },
    ));
    state.apply(edit(
        "p1",
        4,
        TeamPlanEdit::Country {
            row: "r1".into(),
            country: Some(Region::Brazil),
        },
    ));
    state
}

#[test]
fn plans_keep_their_own_rows() {
    let state = two_plans();
    assert_eq!(state.revision, 5);
    let p1 = state.doc.team_plan("p1").unwrap();
    assert_eq!(
        p1.lines(),
        vec![TeamLine {
            level: Level::Senior,
            country: Some(Region::Brazil),
            ..TeamLine::FIRST
        }]
    );
    assert_eq!(p1.updated_at, 4);
    assert!(state.doc.team_plan("p2").unwrap().rows.is_empty());
}

#[test]
fn an_edit_to_a_missing_plan_or_row_changes_nothing() {
    let mut state = two_plans();
    let revision = state.revision;
    state.apply(edit("gone", 9, TeamPlanEdit::Rename { name: "x".into() }));
    state.apply(edit(
        "p2",
        9,
        TeamPlanEdit::People {
            row: "r1".into(),
            count: 4,
        },
    ));
    assert_eq!(state.revision, revision);
}

#[test]
fn a_deleted_plan_comes_back_in_place_with_undo() {
    let mut state = two_plans();
    let before = state.doc.clone();
    state.apply(doc(DocAction::DeleteTeamPlan { id: "p1".into() }));
    assert_eq!(state.doc.team_plans.len(), 1);
    assert_eq!(
        state.undo.as_ref().map(Undo::describe).as_deref(),
        Some("Deleted team plan “\u{2068}Team plan 1\u{2069}”.")
    );
    state.apply(doc(DocAction::UndoDelete));
    assert_eq!(state.doc, before);
}
