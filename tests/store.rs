//! The stored document: round trip, frozen fixtures of every released version, and every kind
//! of damaged input (which must load something usable, say what happened, and never panic).
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::competency::Competency;
use hirekit::engine::store::{self, Document, LoadProblem, SCHEMA_VERSION};

const V1: &str = include_str!("fixtures/store/v1.json");

fn v1() -> Document {
    let loaded = store::load(Some(V1));
    assert_eq!(loaded.problem, None, "the v1 fixture must load cleanly");
    loaded.document
}

#[test]
fn nothing_stored_gives_an_empty_current_document() {
    let loaded = store::load(None);
    assert_eq!(loaded.problem, None);
    assert!(loaded.document.is_empty());
    assert_eq!(loaded.document.schema_version, SCHEMA_VERSION);
}

#[test]
fn the_frozen_v1_fixture_loads_into_todays_model() {
    let doc = v1();
    assert_eq!(doc.schema_version, SCHEMA_VERSION);
    assert_eq!(doc.specs.len(), 1);
    let spec = &doc.specs[0].spec;
    assert_eq!(spec.title, "Payments backend engineer");
    assert!(spec.requirement(Competency::Security).must_have);
    let candidate = &doc.candidates[0];
    assert_eq!(candidate.name, "Ana P.");
    assert_eq!(candidate.scorecards[0].interviewer, "Sam");
    assert_eq!(candidate.salary_ask, Some(75_000));
}

#[test]
fn save_then_load_round_trips() {
    let doc = v1();
    let text = store::save(&doc);
    let again = store::load(Some(&text));
    assert_eq!(again.problem, None);
    assert_eq!(again.document, doc);
}

#[test]
fn text_that_is_not_json_is_reported_as_corrupt() {
    for raw in ["", "{", "not json", "[1,2", "\u{0}"] {
        let loaded = store::load(Some(raw));
        assert!(
            matches!(loaded.problem, Some(LoadProblem::Corrupt { .. })),
            "{raw:?} gave {:?}",
            loaded.problem
        );
        assert!(loaded.document.is_empty());
    }
}

#[test]
fn json_without_a_version_is_corrupt() {
    for raw in [
        "{}",
        "[]",
        "42",
        r#"{"schema_version":"one"}"#,
        r#"{"schema_version":0}"#,
    ] {
        let loaded = store::load(Some(raw));
        assert!(
            matches!(loaded.problem, Some(LoadProblem::Corrupt { .. })),
            "{raw}"
        );
    }
}

#[test]
fn a_newer_version_is_refused_and_left_alone() {
    let raw = V1.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
    let loaded = store::load(Some(&raw));
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::TooNew {
            found: 99,
            supported: SCHEMA_VERSION
        })
    );
    assert!(loaded.document.is_empty());
    let message = loaded.problem.unwrap().to_string();
    assert!(message.contains("newer version"), "{message}");
}

#[test]
fn one_damaged_record_costs_only_that_record() {
    // The candidate's stage is a value this build does not know.
    let raw = V1.replacen("\"stage\": \"sourced\"", "\"stage\": \"teleported\"", 1);
    assert_ne!(raw, V1, "fixture changed: update the test");
    let loaded = store::load(Some(&raw));
    assert!(matches!(
        loaded.problem,
        Some(LoadProblem::PartlyRecovered { dropped: 1, .. })
    ));
    assert_eq!(loaded.document.specs.len(), 1, "the healthy spec is kept");
    assert!(loaded.document.candidates.is_empty());
}

#[test]
fn wrong_types_and_impossible_numbers_are_recovered_around() {
    let wrong_type = V1.replacen("\"years\": 5", "\"years\": \"five\"", 1);
    let out_of_range = V1.replacen("\"weight\": 9", "\"weight\": 900", 1);
    let bad_rating = V1.replacen("\"rating\": 3", "\"rating\": 7", 1);
    for raw in [wrong_type, out_of_range, bad_rating] {
        assert_ne!(raw, V1);
        let loaded = store::load(Some(&raw));
        assert!(
            matches!(loaded.problem, Some(LoadProblem::PartlyRecovered { .. })),
            "{:?}",
            loaded.problem
        );
        assert_eq!(
            loaded.document.specs.len() + loaded.document.candidates.len(),
            1
        );
    }
}

#[test]
fn nan_is_not_json_and_reads_as_corrupt() {
    let raw = V1.replacen("\"years\": 5", "\"years\": NaN", 1);
    assert!(matches!(
        store::load(Some(&raw)).problem,
        Some(LoadProblem::Corrupt { .. })
    ));
}

#[test]
fn a_ten_megabyte_string_loads_without_trouble() {
    let huge = "x".repeat(10 * 1024 * 1024);
    let raw = V1.replacen("Ana P.", &huge, 1);
    let loaded = store::load(Some(&raw));
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.document.candidates[0].name.len(), huge.len());
}

#[test]
fn random_and_mutated_text_never_panics() {
    // A small deterministic generator: the same 10,000 inputs every run.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let base = V1.as_bytes();
    let alphabet = b"{}[]\":,0123456789.-eE truefalsnul\\abc";
    for round in 0..10_000 {
        let mut bytes = if round % 2 == 0 {
            base.to_vec()
        } else {
            let len = (next() % 200) as usize;
            (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect()
        };
        for _ in 0..(next() % 4 + 1) {
            if bytes.is_empty() {
                break;
            }
            let at = (next() % bytes.len() as u64) as usize;
            match next() % 3 {
                0 => bytes[at] = alphabet[(next() % alphabet.len() as u64) as usize],
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let loaded = store::load(Some(&text));
        // Whatever happened, what loaded is a valid current document.
        assert_eq!(loaded.document.schema_version, SCHEMA_VERSION);
    }
}

/// Fields added after v1 shipped (team plans, a kept copy of a deleted spec) are additive: the
/// frozen v1 fixture has none of them, loads cleanly at the same version, and saves without them.
#[test]
fn the_v1_fixture_without_team_plans_or_kept_specs_loads_and_saves_as_before() {
    assert!(!V1.contains("team_plans") && !V1.contains("spec_snapshot"));
    let doc = v1();
    assert_eq!(SCHEMA_VERSION, 1);
    assert!(doc.team_plans.is_empty());
    assert!(doc.candidates.iter().all(|c| c.spec_snapshot.is_none()));
    let text = store::save(&doc);
    assert!(!text.contains("team_plans") && !text.contains("spec_snapshot"));
}

#[test]
fn team_plans_and_kept_specs_round_trip() {
    use hirekit::engine::region::{Market, Region};
    use hirekit::engine::salary::{Level, PlannedRow, SavedTeamPlan, TeamLine};
    let mut doc = v1();
    let mut plan = SavedTeamPlan::new("plan-1".into(), "Q1 hires".into(), 7);
    plan.rows.push(PlannedRow {
        id: "row-1".into(),
        line: TeamLine {
            count: 2,
            level: Level::Senior,
            market: Market::LatinAmerica,
            country: Some(Region::Brazil),
        },
    });
    doc.team_plans.push(plan);
    doc.candidates[0].spec_snapshot = Some(doc.specs[0].spec.clone());
    let again = store::load(Some(&store::save(&doc)));
    assert_eq!(again.problem, None);
    assert_eq!(again.document, doc);
}

#[test]
fn one_damaged_team_plan_costs_only_that_plan() {
    let mut value: serde_json::Value = serde_json::from_str(V1).unwrap();
    value["team_plans"] = serde_json::json!([
        {"id": "p1", "name": "Good", "updated_at": 1, "rows": []},
        {"id": "p2", "name": 5}
    ]);
    let loaded = store::load(Some(&value.to_string()));
    assert!(matches!(
        loaded.problem,
        Some(LoadProblem::PartlyRecovered { dropped: 1, .. })
    ));
    assert_eq!(loaded.document.team_plans.len(), 1);
    assert_eq!(loaded.document.candidates.len(), 1);
}
