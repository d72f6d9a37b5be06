//! What a newer HireKit (or another tab) leaves in the stored document must survive this build:
//! unknown fields go back out on save and export, the write stamp never reaches an export, and a
//! value the editor could not have produced is repaired and named, never used as it is (P2).
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::store::{self, LoadProblem, Stamp};
use hirekit::engine::sync;
use serde_json::{json, Value};

const V1: &str = include_str!("fixtures/store/v1.json");

/// The v1 fixture with fields a later version might add, at the top, in a spec and a candidate.
/// (`team_plans` was such a field until this build learned it: the stand-in is now
/// `hiring_goals`, and a team plan carries unknown fields of its own.)
fn with_newer_fields() -> String {
    let mut value: Value = serde_json::from_str(V1).unwrap();
    value["hiring_goals"] = json!([{"name": "2027", "rows": [1, 2, 3]}]);
    value["team_plans"] = json!([{"id": "plan-1", "name": "Q1", "updated_at": 5, "budget_owner": "Finance",
        "rows": [{"id": "row-1", "line": {"count": 2, "level": "senior", "market": "latin_america", "shift": "night"}}]}]);
    value["specs"][0]["archived"] = json!(true);
    value["specs"][0]["spec"]["remote_policy"] = json!("hybrid");
    value["candidates"][0]["pronouns"] = json!("she/her");
    value.to_string()
}

#[test]
fn unknown_fields_survive_a_load_an_edit_and_a_save() {
    let loaded = store::load(Some(&with_newer_fields()));
    assert_eq!(loaded.problem, None);
    let mut doc = loaded.document;
    doc.specs[0].spec.title = "Renamed here".into();
    doc.candidates[0].years += 1;
    let saved: Value = serde_json::from_str(&store::save(&doc)).unwrap();
    assert_eq!(saved["hiring_goals"][0]["rows"], json!([1, 2, 3]));
    assert_eq!(saved["team_plans"][0]["budget_owner"], json!("Finance"));
    assert_eq!(
        saved["team_plans"][0]["rows"][0]["line"]["shift"],
        json!("night")
    );
    assert_eq!(saved["team_plans"][0]["rows"][0]["line"]["count"], json!(2));
    assert_eq!(saved["specs"][0]["archived"], json!(true));
    assert_eq!(saved["specs"][0]["spec"]["remote_policy"], json!("hybrid"));
    assert_eq!(saved["specs"][0]["spec"]["title"], json!("Renamed here"));
    assert_eq!(saved["candidates"][0]["pronouns"], json!("she/her"));
}

#[test]
fn unknown_fields_survive_a_merge_with_a_tab_that_never_saw_them() {
    let newer = store::load(Some(&with_newer_fields())).document;
    let older = store::load(Some(V1)).document;
    let mut ours = older.clone();
    ours.candidates[0].years += 1;
    let merged = sync::three_way(&older, &ours, &newer).document;
    let saved: Value = serde_json::from_str(&store::save(&merged)).unwrap();
    assert_eq!(saved["hiring_goals"][0]["name"], json!("2027"));
    assert_eq!(saved["team_plans"][0]["budget_owner"], json!("Finance"));
    assert_eq!(saved["candidates"][0]["pronouns"], json!("she/her"));
}

#[test]
fn the_write_stamp_is_read_back_and_never_exported() {
    let doc = store::load(Some(V1)).document;
    let stamp = Stamp {
        id: "w-2".into(),
        after: Some("w-1".into()),
    };
    let text = store::save_stamped(&doc, &stamp);
    let loaded = store::load(Some(&text));
    assert_eq!(loaded.stamp, Some(stamp));
    assert_eq!(loaded.problem, None);
    assert!(!store::save(&loaded.document).contains("w-2"));
}

#[test]
fn out_of_range_and_twin_records_are_repaired_and_named() {
    let mut value: Value = serde_json::from_str(V1).unwrap();
    value["specs"][0]["spec"]["competencies"][0]["weight"] = json!(99);
    let mut twin = value["candidates"][0].clone();
    twin["name"] = json!("Twin T.");
    value["candidates"].as_array_mut().unwrap().push(twin);
    let loaded = store::load(Some(&value.to_string()));
    let Some(LoadProblem::Repaired { notes }) = &loaded.problem else {
        panic!("expected a repair, got {:?}", loaded.problem);
    };
    let message = loaded.problem.as_ref().unwrap().to_string();
    assert!(
        message.contains("99") && message.contains("Payments backend engineer"),
        "{message}"
    );
    assert!(notes.iter().any(|n| n.contains("Twin T.")), "{notes:?}");
    let doc = &loaded.document;
    assert!(doc.specs[0]
        .spec
        .competencies
        .iter()
        .all(|c| c.weight <= 10));
    assert_ne!(doc.candidates[0].id, doc.candidates[1].id);
    // Saved and loaded again, the repaired document is clean.
    assert_eq!(store::load(Some(&store::save(doc))).problem, None);
}
