//! Hand-computed examples pinning the numbers and words of the scoring formula.

use super::*;
use crate::engine::candidate::{AnswerNote, CompetencyRating, Recommendation};
use crate::engine::competency::Rating;
use crate::engine::role::CompetencyReq;
use Competency::*;

fn req(competency: Competency, weight: u8, required: Rating, must_have: bool) -> CompetencyReq {
    CompetencyReq {
        competency,
        weight,
        required,
        must_have,
    }
}

/// API design 4, Databases 3, Security 2 (must-have), Caching 1 (Partial needed); the rest 0.
fn spec() -> RoleSpec {
    let competencies = Competency::ALL
        .iter()
        .map(|&c| match c {
            ApiDesign => req(c, 4, Rating::Solid, false),
            Databases => req(c, 3, Rating::Solid, false),
            Security => req(c, 2, Rating::Solid, true),
            Caching => req(c, 1, Rating::Partial, false),
            _ => req(c, 0, Rating::Solid, false),
        })
        .collect();
    RoleSpec {
        competencies,
        ..RoleSpec::default()
    }
}

fn rated(pairs: &[(Competency, u8)]) -> Vec<CompetencyRating> {
    pairs
        .iter()
        .filter_map(|&(competency, v)| {
            Rating::from_value(v).map(|rating| CompetencyRating {
                competency,
                rating,
                evidence: String::new(),
            })
        })
        .collect()
}

fn answer(competencies: &[Competency], v: u8) -> AnswerNote {
    AnswerNote {
        question_id: format!("q{v}"),
        competencies: competencies.to_vec(),
        asked: true,
        rating: Rating::from_value(v),
        note: String::new(),
    }
}

fn card(
    who: &str,
    pairs: &[(Competency, u8)],
    answers: Vec<AnswerNote>,
    rec: Option<Recommendation>,
) -> Scorecard {
    Scorecard {
        interviewer: who.to_string(),
        ratings: rated(pairs),
        answers,
        recommendation: rec,
        submitted: true,
        updated_at: 0,
    }
}

/// Ana and Ben rate directly; Ben's Caching and all of Cy's Security come from live-mode answers.
fn panel() -> Vec<Scorecard> {
    vec![
        card(
            "Ana",
            &[(ApiDesign, 4), (Databases, 1), (Security, 3)],
            vec![],
            Some(Recommendation::Yes),
        ),
        card(
            "Ben",
            &[(ApiDesign, 3), (Databases, 4), (Security, 3)],
            vec![answer(&[Caching, Caching], 2), answer(&[Caching], 3)],
            Some(Recommendation::StrongYes),
        ),
        card(
            "Cy",
            &[(ApiDesign, 4)],
            vec![answer(&[ApiDesign], 1), answer(&[Security], 2)],
            Some(Recommendation::No),
        ),
    ]
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-12)
}

#[test]
fn evidence_prefers_explicit_ratings_then_answer_means() {
    let cards = panel();
    assert_eq!(
        evidence(&cards[1]),
        vec![
            (ApiDesign, 3.0),
            (Databases, 4.0),
            (Caching, 2.5),
            (Security, 3.0)
        ]
    );
    assert_eq!(evidence(&cards[2]), vec![(ApiDesign, 4.0), (Security, 2.0)]);
}

#[test]
fn hand_computed_panel() {
    let r = score(&spec(), &panel());
    let api = r
        .competency(ApiDesign)
        .cloned()
        .unwrap_or_else(|| panic!("api"));
    assert!(close(api.score, 11.0 / 3.0));
    assert_eq!(
        (api.min, api.max, api.ratings, api.disagreement),
        (Some(3.0), Some(4.0), 3, false)
    );
    let db = r
        .competency(Databases)
        .cloned()
        .unwrap_or_else(|| panic!("db"));
    assert_eq!(
        (db.score, db.ratings, db.disagreement, db.meets_required),
        (Some(2.5), 2, true, Some(false))
    );
    assert!(close(
        r.competency(Security).and_then(|c| c.score),
        8.0 / 3.0
    ));
    assert_eq!(r.competency(Caching).and_then(|c| c.score), Some(2.5));
    // (4 x 11/3 + 3 x 2.5 + 2 x 8/3 + 1 x 2.5) / 10 = 30 / 10
    assert!(close(r.overall, 3.0));
    assert_eq!(r.coverage, 1.0);
    assert_eq!(r.competencies.len(), 4);
    assert_eq!(r.gates.len(), 1);
    // 2.7 is above the gate but short of the required Solid: not a pass.
    assert_eq!(r.gates[0].status, GateStatus::BelowRequired);
    assert_eq!(r.disagreements, vec![Databases]);
    assert_eq!(r.verdict, Verdict::LeanHire);
    assert_eq!(
        (
            r.recommendations.yes,
            r.recommendations.strong_yes,
            r.recommendations.no
        ),
        (1, 1, 1)
    );
    assert_eq!(
        r.explanation,
        vec![
            "Lean hire: overall 3.0 out of 4 (Lean hire starts at 2.75, Hire at 3.25).",
            "Interviewers disagree on Databases (1 vs 4): talk it through before deciding.",
            "Strongest: API design 3.7; weakest: Databases 2.5.",
            "Below the required level: Databases (2.5 of 3 needed) and Security (2.7 of 3 needed).",
            "Coverage 100%: every weighted competency was assessed.",
            "Interviewers' overall calls: 1 strong yes, 1 yes and 1 no.",
        ]
    );
}

#[test]
fn a_low_must_have_blocks_with_the_reason() {
    let mut cards = panel();
    cards[0].ratings = rated(&[(ApiDesign, 4), (Databases, 4), (Security, 1)]);
    cards[1].ratings = rated(&[(ApiDesign, 4), (Databases, 4), (Security, 2)]);
    let r = score(&spec(), &cards);
    assert_eq!(r.verdict, Verdict::Blocked);
    assert_eq!(r.gates[0].status, GateStatus::Failed);
    assert_eq!(
        r.explanation[1],
        "Security is a must-have and scored 1.7 (Gap-Partial): this blocks a hire."
    );
}

#[test]
fn an_unassessed_must_have_rules_out_hire() {
    let cards = vec![card(
        "Ana",
        &[(ApiDesign, 4), (Databases, 4), (Caching, 4)],
        vec![],
        None,
    )];
    let r = score(&spec(), &cards);
    assert!(close(r.overall, 4.0));
    assert_eq!(r.coverage, 0.8);
    assert_eq!(r.verdict, Verdict::LeanHire);
    assert_eq!(r.gates[0].status, GateStatus::NotYetAssessed);
    assert_eq!(
        r.explanation[0],
        "Lean hire: overall 4.0 out of 4 would be a Hire, but a must-have is not yet assessed."
    );
    assert!(r
        .explanation
        .contains(&"Coverage 80%: Security was not assessed.".to_string()));
    assert!(r
        .explanation
        .contains(&"Interviewers' overall calls: 1 no call yet.".to_string()));
}

#[test]
fn low_coverage_is_not_enough_evidence() {
    let cards = vec![card("Ana", &[(ApiDesign, 4)], vec![], None)];
    let r = score(&spec(), &cards);
    assert_eq!(
        (r.overall, r.coverage, r.verdict),
        (Some(4.0), 0.4, Verdict::NotEnoughEvidence)
    );
    assert_eq!(
        r.explanation[0],
        "Not enough evidence: only 40% of the weighted competencies were assessed; at least 50% are needed for a verdict (overall so far 4.0 out of 4)."
    );
}

#[test]
fn no_scorecards_zero_weights_and_empty_specs_are_explained() {
    let r = score(&spec(), &[]);
    assert_eq!(
        (r.overall, r.coverage, r.verdict),
        (None, 0.0, Verdict::NotEnoughEvidence)
    );
    assert_eq!(
        r.explanation,
        vec![
            "Not enough evidence: no scorecards yet. Add one to see a score.",
            "Security is a must-have and was not yet assessed: the verdict cannot be Hire until it is.",
        ]
    );

    let mut zero = spec();
    zero.competencies
        .iter_mut()
        .for_each(|c| (c.weight, c.must_have) = (0, false));
    let r = score(&zero, &panel());
    assert_eq!(
        (r.overall, r.coverage, r.verdict),
        (None, 0.0, Verdict::NotEnoughEvidence)
    );
    assert!(r.explanation[0].contains("weight of 0"));
    // Ratings still show, for information.
    assert_eq!(r.competencies.len(), 4);

    let mut empty = spec();
    empty.competencies.clear();
    let r = score(&empty, &panel());
    assert_eq!((r.overall, r.verdict), (None, Verdict::NotEnoughEvidence));
    assert!(!r.explanation.is_empty());
}

#[test]
fn weights_are_scale_free_bit_for_bit() {
    let mut doubled = spec();
    doubled.competencies.iter_mut().for_each(|c| c.weight *= 2);
    let (mut a, b) = (score(&spec(), &panel()), score(&doubled, &panel()));
    // Only the reported weights themselves differ.
    a.competencies.iter_mut().for_each(|c| c.weight *= 2);
    assert_eq!(a, b);
}

#[test]
fn formula_text_states_the_thresholds() {
    for t in [HIRE_AT, LEAN_HIRE_AT, LEAN_NO_HIRE_AT] {
        assert!(FORMULA.contains(&format!("{t:.2}")));
    }
    assert!(FORMULA.contains(&format!("{GATE_FAIL_AT_OR_BELOW:.1} or lower")));
    assert!(FORMULA.contains(&format!("{:.0}% coverage", MIN_COVERAGE * 100.0)));
}

#[test]
fn ranking_orders_by_verdict_then_overall_then_id() {
    let mut a = Candidate::new("b".into(), "Strong".into(), 0);
    a.scorecards = panel();
    let mut b = Candidate::new("a".into(), "Same".into(), 0);
    b.scorecards = panel();
    let c = Candidate::new("c".into(), "Empty".into(), 0);
    let candidates = vec![c, a, b];
    let ids: Vec<&str> = rank(&spec(), &candidates)
        .iter()
        .map(|r| r.candidate.id.as_str())
        .collect();
    assert_eq!(ids, vec!["a", "b", "c"]);
    assert_eq!(rank(&spec(), &candidates)[2].position, 3);
}

#[test]
fn slots_and_groups_match_their_catalogues() {
    for (i, c) in Competency::ALL.iter().enumerate() {
        assert_eq!(slot_of(*c), i);
    }
    for (i, v) in Verdict::ORDER.iter().enumerate() {
        assert_eq!(v.group(), i);
    }
}

#[test]
fn a_must_have_is_blocked_below_the_level_or_met_never_two_at_once() {
    let mut strong = spec();
    strong.competencies[Security as usize].required = Rating::Strong;
    let status = |spec: &RoleSpec, v: &[(Competency, u8)]| {
        let cards: Vec<Scorecard> = v
            .iter()
            .map(|&pair| card("Ana", &[pair, (ApiDesign, 3), (Databases, 3)], vec![], None))
            .collect();
        let r = score(spec, &cards);
        (r.gates[0].status, r.gates[0].reason.clone())
    };
    // Two raters, 2 and 3: 2.5, needs Strong.
    let (st, why) = status(&strong, &[(Security, 2), (Security, 3)]);
    assert_eq!(st, GateStatus::BelowRequired);
    assert_eq!(
        why,
        "Security is a must-have and scored 2.5 (Partial-Solid): not blocked, but below the required Strong (4)."
    );
    assert_eq!(status(&strong, &[(Security, 2)]).0, GateStatus::Failed);
    assert_eq!(status(&strong, &[(Security, 4)]).0, GateStatus::Passed);
    // The same 2.5 meets a Partial requirement.
    let mut partial = spec();
    partial.competencies[Security as usize].required = Rating::Partial;
    let (st, why) = status(&partial, &[(Security, 2), (Security, 3)]);
    assert_eq!(st, GateStatus::Passed);
    assert!(why.ends_with("meets the required Partial."), "{why}");
    // Below the level is said once, in the competency sentence, not again as a gate.
    let r = score(
        &strong,
        &[card(
            "Ana",
            &[(Security, 3), (ApiDesign, 3), (Databases, 3)],
            vec![],
            None,
        )],
    );
    assert_eq!(r.gates[0].status, GateStatus::BelowRequired);
    assert_eq!(
        r.explanation
            .iter()
            .filter(|s| s.contains("Security"))
            .count(),
        1
    );
}

#[test]
fn an_overall_call_two_steps_from_the_verdict_is_flagged() {
    let low = [(ApiDesign, 1), (Databases, 1), (Security, 3), (Caching, 1)];
    let cards = vec![
        card("Ana", &low, vec![], Some(Recommendation::StrongYes)),
        card("Ben", &low, vec![], Some(Recommendation::Yes)),
        card("Cy", &low, vec![], Some(Recommendation::No)),
        card("Dee", &low, vec![], None),
    ];
    let r = score(&spec(), &cards);
    assert_eq!(r.verdict, Verdict::NoHire);
    let flagged: Vec<(&str, u8)> = r
        .calls_at_odds
        .iter()
        .map(|c| (c.interviewer.as_str(), c.steps))
        .collect();
    assert_eq!(flagged, vec![("Ana", 3), ("Ben", 2)]);
    assert!(r.explanation.contains(
        &"Ana's overall call (Strong yes) is 3 steps from the computed verdict (No hire): ask why before deciding."
            .to_string()
    ));
    // A call one step off, or a verdict without enough evidence, is not flagged.
    assert!(calls_at_odds(Verdict::LeanHire, &cards[..1]).is_empty());
    assert!(calls_at_odds(Verdict::NotEnoughEvidence, &cards).is_empty());
    assert_eq!(calls_at_odds(Verdict::Blocked, &cards).len(), 2);
    assert_eq!(calls_at_odds(Verdict::Hire, &cards[2..]).len(), 1);
}
