//! Properties of the scoring engine (S8), checked on thousands of generated panels:
//! raising a rating never lowers the overall score; weights are scale-free; a failed must-have
//! always blocks a hire; the result does not depend on input order; every output is finite,
//! explained and within range.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::candidate::{
    AnswerNote, Candidate, CompetencyRating, Recommendation, Scorecard,
};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::role::{CompetencyReq, RoleSpec};
use hirekit::engine::sample::SplitMix64;
use hirekit::engine::scoring::{rank, score, GateStatus, ScoreReport, Verdict};
use proptest::prelude::*;

fn rating(v: u8) -> Rating {
    Rating::from_value(v).unwrap_or(Rating::Solid)
}

fn spec_strategy() -> impl Strategy<Value = RoleSpec> {
    prop::collection::vec((0u8..=10, 1u8..=4, prop::bool::weighted(0.2)), 14).prop_map(|reqs| {
        let competencies = Competency::ALL
            .iter()
            .zip(reqs)
            .map(
                |(&competency, (weight, required, must_have))| CompetencyReq {
                    competency,
                    weight,
                    required: rating(required),
                    must_have,
                },
            )
            .collect();
        RoleSpec {
            competencies,
            ..RoleSpec::default()
        }
    })
}

fn competency() -> impl Strategy<Value = Competency> {
    (0u8..14).prop_map(|i| Competency::from_index(i).unwrap_or(Competency::ApiDesign))
}

fn card_strategy() -> impl Strategy<Value = Scorecard> {
    let ratings = prop::collection::vec((competency(), 1u8..=4), 0..16);
    let answers = prop::collection::vec(
        (
            prop::collection::vec(competency(), 1..3),
            prop::option::of(1u8..=4),
        ),
        0..5,
    );
    let rec = prop::option::of(0usize..4);
    (ratings, answers, rec).prop_map(|(ratings, answers, rec)| Scorecard {
        interviewer: "someone".into(),
        ratings: ratings
            .into_iter()
            .map(|(competency, v)| CompetencyRating {
                competency,
                rating: rating(v),
                evidence: String::new(),
            })
            .collect(),
        answers: answers
            .into_iter()
            .enumerate()
            .map(|(i, (competencies, v))| AnswerNote {
                question_id: format!("q{i}"),
                competencies,
                asked: true,
                rating: v.map(rating),
                note: String::new(),
            })
            .collect(),
        recommendation: rec.map(|i| Recommendation::ALL[i]),
        submitted: true,
        updated_at: 0,
    })
}

fn cards_strategy() -> impl Strategy<Value = Vec<Scorecard>> {
    prop::collection::vec(card_strategy(), 0..5)
}

fn shuffle<T>(items: &mut [T], rng: &mut SplitMix64) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i as u64 + 1) as usize);
    }
}

/// One interviewer who rated only Security.
fn security_only(v: u8) -> Scorecard {
    Scorecard {
        interviewer: format!("rated {v}"),
        ratings: vec![CompetencyRating {
            competency: Competency::Security,
            rating: rating(v),
            evidence: String::new(),
        }],
        answers: vec![],
        recommendation: None,
        submitted: true,
        updated_at: 0,
    }
}

/// Every rating on the cards, explicit or from an answer, as (card, is_answer, index).
fn rating_slots(cards: &[Scorecard]) -> Vec<(usize, bool, usize)> {
    let mut slots = Vec::new();
    for (i, card) in cards.iter().enumerate() {
        slots.extend((0..card.ratings.len()).map(|j| (i, false, j)));
        let rated = card
            .answers
            .iter()
            .enumerate()
            .filter(|(_, a)| a.rating.is_some());
        slots.extend(rated.map(|(j, _)| (i, true, j)));
    }
    slots
}

fn has_rating(cards: &[Scorecard]) -> bool {
    !rating_slots(cards).is_empty()
}

fn check_sane(r: &ScoreReport) -> Result<(), TestCaseError> {
    prop_assert!(r.coverage.is_finite() && (0.0..=1.0).contains(&r.coverage));
    if let Some(o) = r.overall {
        prop_assert!(o.is_finite() && (1.0 - 1e-9..=4.0 + 1e-9).contains(&o));
    }
    for c in &r.competencies {
        for v in [c.score, c.min, c.max].into_iter().flatten() {
            prop_assert!(v.is_finite() && (1.0..=4.0).contains(&v));
        }
    }
    prop_assert!(!r.explanation.is_empty());
    prop_assert!(r
        .explanation
        .iter()
        .all(|s| !s.is_empty() && !s.contains("NaN") && !s.contains("inf")));
    if r.gates.iter().any(|g| g.status == GateStatus::Failed) {
        prop_assert_eq!(r.verdict, Verdict::Blocked);
    }
    if r.gates
        .iter()
        .any(|g| g.status == GateStatus::NotYetAssessed)
    {
        prop_assert_ne!(r.verdict, Verdict::Hire);
    }
    Ok(())
}

proptest! {
    #[test]
    fn outputs_are_finite_explained_and_in_range(spec in spec_strategy(), cards in cards_strategy()) {
        check_sane(&score(&spec, &cards))?;
        // No rating, one rating, and two conflicting ratings of the same competency.
        check_sane(&score(&spec, &[]))?;
        check_sane(&score(&spec, &[security_only(1)]))?;
        let conflict = score(&spec, &[security_only(1), security_only(4)]);
        check_sane(&conflict)?;
        prop_assert!(conflict.disagreements.contains(&Competency::Security));
    }

    #[test]
    fn raising_a_rating_never_lowers_the_overall(
        spec in spec_strategy(),
        cards in cards_strategy().prop_filter("some rating", |c| has_rating(c)),
        pick in any::<u64>(),
    ) {
        let before = score(&spec, &cards);
        let mut raised = cards.clone();
        let slots = rating_slots(&raised);
        let (i, is_answer, j) = slots[(pick % slots.len() as u64) as usize];
        if is_answer {
            let a = &mut raised[i].answers[j];
            a.rating = a.rating.map(|r| rating((r.value() + 1).min(4)));
        } else {
            let r = &mut raised[i].ratings[j];
            r.rating = rating((r.rating.value() + 1).min(4));
        }
        let after = score(&spec, &raised);
        prop_assert_eq!(before.overall.is_some(), after.overall.is_some());
        if let (Some(b), Some(a)) = (before.overall, after.overall) {
            prop_assert!(a >= b - 1e-12, "overall fell from {} to {}", b, a);
        }
    }

    #[test]
    fn weights_are_scale_free(spec in spec_strategy(), cards in cards_strategy(), k in 1u8..=25) {
        let mut scaled = spec.clone();
        scaled.competencies.iter_mut().for_each(|c| c.weight *= k);
        let mut a = score(&spec, &cards);
        let b = score(&scaled, &cards);
        a.competencies.iter_mut().for_each(|c| c.weight *= k);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn a_failed_must_have_always_blocks(
        spec in spec_strategy(),
        mut cards in prop::collection::vec(card_strategy(), 1..5),
        gate in competency(),
        low in prop::collection::vec(1u8..=2, 5),
    ) {
        let mut spec = spec;
        for r in &mut spec.competencies {
            if r.competency == gate {
                r.must_have = true;
            }
        }
        // Every interviewer rates the gate 1 or 2 explicitly: its score is at most 2.0.
        for (card, v) in cards.iter_mut().zip(low) {
            card.ratings.retain(|r| r.competency != gate);
            card.ratings.push(CompetencyRating { competency: gate, rating: rating(v), evidence: String::new() });
        }
        let r = score(&spec, &cards);
        prop_assert_eq!(r.verdict, Verdict::Blocked);
        prop_assert!(r.explanation.iter().any(|s| s.contains("blocks a hire")));
    }

    #[test]
    fn order_of_scorecards_ratings_and_answers_does_not_matter(
        spec in spec_strategy(), cards in cards_strategy(), seed in any::<u64>(),
    ) {
        let mut rng = SplitMix64::new(seed);
        let mut shuffled = cards.clone();
        shuffle(&mut shuffled, &mut rng);
        for card in &mut shuffled {
            shuffle(&mut card.ratings, &mut rng);
            shuffle(&mut card.answers, &mut rng);
            for a in &mut card.answers {
                shuffle(&mut a.competencies, &mut rng);
            }
        }
        let mut reordered_spec = spec.clone();
        shuffle(&mut reordered_spec.competencies, &mut rng);
        prop_assert_eq!(score(&spec, &cards), score(&reordered_spec, &shuffled));
    }

    #[test]
    fn ranking_does_not_depend_on_candidate_order(
        spec in spec_strategy(),
        pools in prop::collection::vec(cards_strategy(), 0..8),
        seed in any::<u64>(),
    ) {
        let candidates: Vec<Candidate> = pools.into_iter().enumerate().map(|(i, cards)| {
            let mut c = Candidate::new(format!("id{i}"), format!("N{}", i % 3), 0);
            c.scorecards = cards;
            c
        }).collect();
        let mut shuffled = candidates.clone();
        shuffle(&mut shuffled, &mut SplitMix64::new(seed));
        let key = |list: &[Candidate]| {
            let ranked = rank(&spec, list);
            ranked.iter().map(|r| (r.position, r.candidate.id.clone())).collect::<Vec<_>>()
        };
        let (a, b) = (key(&candidates), key(&shuffled));
        // The ranking's numbers are exactly the full report's.
        for r in rank(&spec, &candidates) {
            let full = score(&spec, &r.candidate.scorecards);
            prop_assert_eq!((r.verdict, r.overall, r.coverage), (full.verdict, full.overall, full.coverage));
        }
        prop_assert_eq!(&a, &b);
        prop_assert!(a.iter().enumerate().all(|(i, (p, _))| *p == i + 1));
    }
}
