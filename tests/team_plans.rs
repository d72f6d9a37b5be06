//! Team plans beside the rest of the document: two tabs editing one plan, and export / import.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::edit::TeamPlanEdit;
use hirekit::engine::region::{Market, Region};
use hirekit::engine::salary::{Level, SavedTeamPlan};
use hirekit::engine::store::{self, Document};
use hirekit::engine::sync;
use hirekit::engine::transfer::{self, ImportMode};

fn with_plan() -> Document {
    let mut plan = SavedTeamPlan::new("p1".into(), "Team plan 1".into(), 1);
    for row in ["r1", "r2"] {
        assert!(TeamPlanEdit::AddRow { row: row.into() }.apply(&mut plan, 2));
    }
    Document {
        team_plans: vec![plan],
        ..Document::default()
    }
}

fn edited(doc: &Document, now: u64, edits: Vec<TeamPlanEdit>) -> Document {
    let mut doc = doc.clone();
    for edit in edits {
        edit.apply(&mut doc.team_plans[0], now);
    }
    doc
}

#[test]
fn two_tabs_editing_different_rows_of_one_plan_both_survive() {
    let base = with_plan();
    let ours = edited(
        &base,
        10,
        vec![
            TeamPlanEdit::People {
                row: "r1".into(),
                count: 3,
            },
            TeamPlanEdit::AddRow { row: "r3".into() },
        ],
    );
    let theirs = edited(
        &base,
        20,
        vec![
            TeamPlanEdit::Country {
                row: "r2".into(),
                country: Some(Region::Mexico),
            },
            TeamPlanEdit::Rename {
                name: "Q1 hires".into(),
            },
        ],
    );
    let out = sync::three_way(&base, &ours, &theirs);
    assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
    let plan = &out.document.team_plans[0];
    assert_eq!(plan.name, "Q1 hires");
    let ids: Vec<&str> = plan.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r2", "r3"]);
    assert_eq!(plan.rows[0].line.count, 3);
    assert_eq!(plan.rows[1].line.country, Some(Region::Mexico));
    assert_eq!(plan.updated_at, 20);
}

#[test]
fn the_same_row_field_changed_in_two_tabs_keeps_both_plans_and_says_so() {
    let base = with_plan();
    let level = |level| TeamPlanEdit::Level {
        row: "r1".into(),
        level,
    };
    let ours = edited(&base, 10, vec![level(Level::Senior)]);
    let theirs = edited(&base, 20, vec![level(Level::Entry)]);
    let out = sync::three_way(&base, &ours, &theirs);
    assert_eq!(out.conflicts.len(), 1);
    assert!(out.conflicts[0].contains("team plan “\u{2068}Team plan 1\u{2069}”"));
    let plans = &out.document.team_plans;
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[0].rows[0].line.level, Level::Senior);
    assert_eq!(plans[1].rows[0].line.level, Level::Entry);
    assert!(plans[1].name.ends_with("(edited in another tab)"));
}

#[test]
fn a_plan_deleted_in_one_tab_and_new_in_another_merge_like_other_records() {
    let base = with_plan();
    let mut ours = Document::default();
    ours.team_plans
        .push(SavedTeamPlan::new("p2".into(), "Mine".into(), 5));
    let out = sync::three_way(&base, &ours, &base);
    let names: Vec<&str> = out
        .document
        .team_plans
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Mine"]);
}

#[test]
fn an_export_carries_plans_and_an_import_restores_them() {
    let doc = edited(
        &with_plan(),
        3,
        vec![TeamPlanEdit::Market {
            row: "r2".into(),
            market: Market::UnitedStates,
        }],
    );
    let file = store::save(&doc);
    let fresh = Document::default();
    let preview = transfer::preview(&fresh, &file).unwrap();
    assert_eq!(preview.team_plans.added, 1);
    assert!(preview
        .summary(ImportMode::Merge)
        .iter()
        .any(|l| l.starts_with("Team plans: 1 new")));
    for mode in [ImportMode::Merge, ImportMode::Replace] {
        let after = transfer::apply(&fresh, &preview.incoming, mode);
        assert_eq!(after.team_plans, doc.team_plans);
    }
    // Without plans on either side, the preview does not mention them.
    let empty = transfer::preview(&fresh, &store::save(&fresh)).unwrap();
    assert!(empty
        .summary(ImportMode::Merge)
        .iter()
        .all(|l| !l.contains("Team plans")));
}

#[test]
fn a_merge_import_keeps_the_newer_copy_of_a_plan() {
    let older = with_plan();
    let newer = edited(
        &older,
        50,
        vec![TeamPlanEdit::Rename {
            name: "Newer".into(),
        }],
    );
    let kept = transfer::apply(&newer, &older, ImportMode::Merge);
    assert_eq!(kept.team_plans[0].name, "Newer");
    let taken = transfer::apply(&older, &newer, ImportMode::Merge);
    assert_eq!(taken.team_plans[0].name, "Newer");
}
