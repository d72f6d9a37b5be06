//! The editor's limits, applied to what is loaded or imported (P2): a value the editor could not
//! have produced (a weight of 99, 300 years, a budget above the cap) or two records sharing one
//! id is repaired here and reported by the record's name, never silently used. The caller keeps
//! the original text aside, so a repair loses nothing.

use std::collections::HashSet;

use super::Document;
use crate::engine::bidi::isolate;
use crate::engine::salary::{validate_override, MAX_ROW_PEOPLE};
use crate::engine::spec_rules::{BUDGET_MAX_USD, OVERLAP_MAX_HOURS, WEIGHT_MAX, YEARS_MAX};

/// Years of experience a candidate's profile accepts.
pub const CANDIDATE_YEARS_MAX: u8 = 60;

/// Repairs every out-of-range value and duplicate id; one sentence per repair.
pub fn repair(doc: &mut Document) -> Vec<String> {
    let mut notes = Vec::new();
    let mut ids = HashSet::new();
    for (at, saved) in doc.specs.iter_mut().enumerate() {
        let name = format!("Role spec “{}”", isolate(&saved.spec.title));
        if let Some(new_id) = unique_id(&mut ids, &saved.id, "spec", at) {
            notes.push(format!(
                "{name} shared its id with another record: it now has its own, so both can be opened."
            ));
            saved.id = new_id;
        }
        let spec = &mut saved.spec;
        for req in &mut spec.competencies {
            let what = format!("the weight of {}", req.competency.label());
            clamp(&mut req.weight, WEIGHT_MAX, &name, &what, &mut notes);
        }
        clamp(
            &mut spec.min_years,
            YEARS_MAX,
            &name,
            "the minimum years",
            &mut notes,
        );
        // A range turned round (at most below at least, a budget's bottom above its top) is a
        // draft the builder keeps and warns about, and never shares: not damage to repair here,
        // or another tab would set aside the save that holds it.
        if let Some(max) = &mut spec.max_years {
            clamp(max, YEARS_MAX, &name, "the maximum years", &mut notes);
        }
        let overlap = "the shared working hours";
        clamp(
            &mut spec.min_overlap_hours,
            OVERLAP_MAX_HOURS,
            &name,
            overlap,
            &mut notes,
        );
        if let Some(budget) = &mut spec.budget {
            clamp(
                &mut budget.max,
                BUDGET_MAX_USD,
                &name,
                "the budget's top",
                &mut notes,
            );
            clamp(
                &mut budget.min,
                BUDGET_MAX_USD,
                &name,
                "the budget's bottom",
                &mut notes,
            );
        }
    }
    for (at, candidate) in doc.candidates.iter_mut().enumerate() {
        let name = format!("Candidate “{}”", isolate(&candidate.name));
        if let Some(new_id) = unique_id(&mut ids, &candidate.id, "cand", at) {
            notes.push(format!(
                "{name} shared its id with another record: it now has its own, so both can be opened."
            ));
            candidate.id = new_id;
        }
        let years = "the years of experience";
        clamp(
            &mut candidate.years,
            CANDIDATE_YEARS_MAX,
            &name,
            years,
            &mut notes,
        );
    }
    for (at, plan) in doc.team_plans.iter_mut().enumerate() {
        let name = format!("Team plan “{}”", isolate(&plan.name));
        if let Some(new_id) = unique_id(&mut ids, &plan.id, "plan", at) {
            notes.push(format!(
                "{name} shared its id with another record: it now has its own, so both can be opened."
            ));
            plan.id = new_id;
        }
        // Rows only need ids unique within their plan; a twin would merge two rows into one.
        let mut rows = HashSet::new();
        for (at, row) in plan.rows.iter_mut().enumerate() {
            if let Some(new_id) = unique_id(&mut rows, &row.id, "row", at) {
                row.id = new_id;
            }
            let people = format!("the people in row {}", at + 1);
            clamp(
                &mut row.line.count,
                MAX_ROW_PEOPLE,
                &name,
                &people,
                &mut notes,
            );
        }
    }
    let before = doc.salary.overrides.len();
    doc.salary
        .overrides
        .retain(|o| validate_override(o).is_ok());
    let dropped = before - doc.salary.overrides.len();
    if dropped > 0 {
        notes.push(format!(
            "{dropped} of your salary band figures had a top of $0 or a bottom above the top, so the guide's figures are used for them."
        ));
    }
    notes
}

/// A fresh id when `id` is empty or already taken; the new one is recorded too.
fn unique_id(seen: &mut HashSet<String>, id: &str, kind: &str, at: usize) -> Option<String> {
    if !id.is_empty() && seen.insert(id.to_string()) {
        return None;
    }
    let mut n = at;
    loop {
        let candidate = format!("{kind}-{id}-twin{n}");
        if seen.insert(candidate.clone()) {
            return Some(candidate);
        }
        n += 1;
    }
}

fn clamp<T: PartialOrd + Copy + std::fmt::Display>(
    value: &mut T,
    max: T,
    name: &str,
    what: &str,
    notes: &mut Vec<String>,
) {
    if *value > max {
        notes.push(format!(
            "{name}: {what} was {value}, above the editor's limit of {max}, so it is now {max}."
        ));
        *value = max;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::salary::{PlannedRow, SavedTeamPlan, TeamLine};

    #[test]
    fn a_team_plan_with_too_many_people_or_twin_rows_is_repaired() {
        let mut plan = SavedTeamPlan::new("p".into(), "Q1".into(), 1);
        for count in [9_999, 2] {
            plan.rows.push(PlannedRow {
                id: "r".into(),
                line: TeamLine {
                    count,
                    ..TeamLine::FIRST
                },
            });
        }
        let mut doc = Document {
            team_plans: vec![plan.clone(), plan],
            ..Document::default()
        };
        let notes = repair(&mut doc);
        assert_eq!(doc.team_plans[0].rows[0].line.count, MAX_ROW_PEOPLE);
        assert_ne!(doc.team_plans[0].rows[0].id, doc.team_plans[0].rows[1].id);
        assert_ne!(doc.team_plans[0].id, doc.team_plans[1].id);
        assert!(notes
            .iter()
            .any(|n| n.contains("Team plan “\u{2068}Q1\u{2069}”: the people in row 1 was 9999")));
    }
    use crate::engine::candidate::Candidate;
    use crate::engine::role::RoleSpec;
    use crate::engine::store::SavedSpec;

    fn spec(id: &str, title: &str) -> SavedSpec {
        SavedSpec {
            id: id.into(),
            spec: RoleSpec {
                title: title.into(),
                ..RoleSpec::default()
            },
            updated_at: 1,
            kit: None,
        }
    }

    #[test]
    fn a_weight_of_99_is_brought_to_the_limit_and_named() {
        let mut doc = Document {
            specs: vec![spec("s1", "API lead")],
            ..Document::default()
        };
        doc.specs[0].spec.competencies[0].weight = 99;
        let notes = repair(&mut doc);
        assert_eq!(doc.specs[0].spec.competencies[0].weight, WEIGHT_MAX);
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].contains("API lead") && notes[0].contains("99"),
            "{notes:?}"
        );
    }

    #[test]
    fn twins_get_their_own_ids_and_a_clean_document_is_untouched() {
        let mut doc = Document {
            specs: vec![spec("x", "One"), spec("x", "Two")],
            candidates: vec![
                Candidate::new("x".into(), "Ana".into(), 1),
                Candidate::new(String::new(), "Bo".into(), 1),
            ],
            ..Document::default()
        };
        let notes = repair(&mut doc);
        assert_eq!(notes.len(), 3, "{notes:?}");
        let ids: HashSet<&str> = doc
            .specs
            .iter()
            .map(|s| s.id.as_str())
            .chain(doc.candidates.iter().map(|c| c.id.as_str()))
            .collect();
        assert_eq!(ids.len(), 4, "every record can be opened on its own");
        assert_eq!(doc.specs[0].id, "x", "the first keeps its id");
        let clean = doc.clone();
        assert!(repair(&mut doc).is_empty());
        assert_eq!(doc, clean);
    }

    #[test]
    fn impossible_years_and_budgets_are_repaired() {
        let mut doc = Document {
            specs: vec![spec("s", "Data")],
            candidates: vec![Candidate::new("c".into(), "Ana".into(), 1)],
            ..Document::default()
        };
        doc.specs[0].spec.min_years = 200;
        doc.specs[0].spec.budget = Some(crate::engine::role::Budget {
            min: 90_000_000,
            max: 5,
        });
        doc.candidates[0].years = 250;
        let notes = repair(&mut doc);
        assert_eq!(doc.specs[0].spec.min_years, YEARS_MAX);
        let budget = doc.specs[0].spec.budget.unwrap();
        assert!(budget.min <= BUDGET_MAX_USD && budget.max <= BUDGET_MAX_USD);
        assert_eq!(doc.candidates[0].years, CANDIDATE_YEARS_MAX);
        assert!(notes.iter().any(|n| n.contains("Ana")), "{notes:?}");
    }

    #[test]
    fn a_range_turned_round_in_the_builder_is_kept_as_it_is() {
        let mut doc = Document {
            specs: vec![spec("s", "Data")],
            ..Document::default()
        };
        doc.specs[0].spec.min_years = 8;
        doc.specs[0].spec.max_years = Some(5);
        doc.specs[0].spec.budget = Some(crate::engine::role::Budget {
            min: 120_000,
            max: 90_000,
        });
        let drafted = doc.clone();
        assert_eq!(repair(&mut doc), Vec::<String>::new());
        assert_eq!(doc, drafted);
    }
}
