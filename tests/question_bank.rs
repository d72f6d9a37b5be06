//! The question bank's content rules (feature I1): every entry complete and well-formed, every
//! competency area covered, every type present. `counts_per_type_and_competency` prints the tallies
//! (run with `--nocapture`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use hirekit::engine::competency::Competency;
use hirekit::engine::questions::{bank, filter, find, BankFilter, QuestionType};
use hirekit::engine::role::Seniority;

#[test]
fn bank_has_at_least_sixty_questions() {
    assert!(bank().len() >= 60, "only {} questions", bank().len());
}

#[test]
fn ids_are_unique_readable_and_findable() {
    let mut seen = BTreeSet::new();
    for q in bank() {
        assert!(seen.insert(q.id), "duplicate id {}", q.id);
        assert!(
            q.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "id {} is not kebab-case",
            q.id
        );
        assert_eq!(find(q.id).map(|f| f.id), Some(q.id));
    }
}

#[test]
fn every_field_is_present_and_well_formed() {
    for q in bank() {
        let id = q.id;
        assert!(!q.prompt.trim().is_empty(), "{id}: prompt");
        assert!(!q.purpose.trim().is_empty(), "{id}: purpose");
        assert!(
            (1..=3).contains(&q.competencies.len()),
            "{id}: competencies"
        );
        let distinct: BTreeSet<_> = q.competencies.iter().collect();
        assert_eq!(
            distinct.len(),
            q.competencies.len(),
            "{id}: repeated competency"
        );
        assert!(q.signals.len() >= 2, "{id}: signals");
        assert!(!q.red_flags.is_empty(), "{id}: red flags");
        assert!(!q.follow_ups.is_empty(), "{id}: follow-ups");
        let lines = q.signals.iter().chain(q.red_flags).chain(q.follow_ups);
        for line in lines {
            assert!(!line.trim().is_empty(), "{id}: blank line");
        }
        assert!(q.minutes > 0, "{id}: minutes");
        assert!(q.levels.0 <= q.levels.1, "{id}: levels out of order");
    }
}

#[test]
fn every_type_is_present() {
    for kind in QuestionType::ALL {
        assert!(bank().iter().any(|q| q.kind == kind), "no {kind:?}");
    }
}

#[test]
fn every_competency_has_three_questions_across_two_types() {
    for c in Competency::ALL {
        let questions: Vec<_> = bank().iter().filter(|q| q.covers(c)).collect();
        let kinds: BTreeSet<_> = questions.iter().map(|q| q.kind).collect();
        assert!(questions.len() >= 3, "{c:?}: {} questions", questions.len());
        assert!(kinds.len() >= 2, "{c:?}: {} types", kinds.len());
    }
}

/// So a must-have can be covered at any level, each competency has a question for every level.
#[test]
fn every_competency_has_a_question_at_every_level() {
    for c in Competency::ALL {
        for level in Seniority::ALL {
            assert!(
                bank().iter().any(|q| q.covers(c) && q.fits(level)),
                "{c:?} has nothing for {level:?}"
            );
        }
    }
}

#[test]
fn filter_by_each_competency_matches_covers() {
    for c in Competency::ALL {
        let f = BankFilter {
            competency: Some(c),
            ..BankFilter::default()
        };
        let expected = bank().iter().filter(|q| q.covers(c)).count();
        assert_eq!(filter(&f).len(), expected);
    }
}

#[test]
fn filter_text_searches_signals_too() {
    // "constant-time" appears only in a strong-answer signal of the webhook handler exercise.
    let f = BankFilter {
        text: "Constant-Time".into(),
        ..BankFilter::default()
    };
    let ids: Vec<_> = filter(&f).into_iter().map(|q| q.id).collect();
    assert_eq!(ids, ["prac-webhook-handler"]);
}

#[test]
fn counts_per_type_and_competency() {
    let mut per_type = BTreeMap::new();
    for q in bank() {
        *per_type.entry(q.kind.label()).or_insert(0) += 1;
    }
    println!("questions: {}", bank().len());
    for (kind, n) in &per_type {
        println!("  {kind}: {n}");
    }
    for c in Competency::ALL {
        let n = bank().iter().filter(|q| q.covers(c)).count();
        let kinds: BTreeSet<_> = bank()
            .iter()
            .filter(|q| q.covers(c))
            .map(|q| q.kind.label())
            .collect();
        println!("  {}: {n} ({} types)", c.label(), kinds.len());
    }
    assert_eq!(per_type.values().sum::<usize>(), bank().len());
}
