//! The panel round and the debrief, natively: the freeze (imports never change a card that is
//! in), ratings closed until every card is in, amendments, the agenda's order, evidence quality,
//! the leniency property and the decision record's content.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::agenda::{agenda, note_of, Topic};
use hirekit::engine::amendment::{Amendment, CardChange};
use hirekit::engine::calibration::{calibrated, observations, profiles, Assignment, Observation};
use hirekit::engine::candidate::{
    AnswerNote, Candidate, CompetencyRating, Recommendation, Scorecard,
};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::debrief::{debrief_result, shift_sentence, MECHANICAL_FIRST_SOURCE};
use hirekit::engine::decision_record::{
    decision_markdown, validate_decision, Decision, Outcome, RecordInput,
};
use hirekit::engine::evidence_quality::evidence_quality;
use hirekit::engine::kit::{assemble, StageBudgets};
use hirekit::engine::link::scorecard::ScorecardExport;
use hirekit::engine::link::sealed_return::OpenedReturn;
use hirekit::engine::panel_round::{CardSource, Interviewer, PanelRound, Receipt, RoundError};
use hirekit::engine::role::RoleSpec;
use hirekit::engine::scoring::Verdict;
use proptest::prelude::*;

use Competency::*;

fn spec() -> RoleSpec {
    let mut spec = RoleSpec::default();
    for req in &mut spec.competencies {
        req.must_have = matches!(req.competency, Databases | Security);
    }
    spec
}

fn card(name: &str, ratings: &[(Competency, u8)]) -> Scorecard {
    Scorecard {
        interviewer: name.into(),
        ratings: ratings
            .iter()
            .map(|&(competency, value)| CompetencyRating {
                competency,
                rating: Rating::from_value(value).unwrap_or(Rating::Solid),
                evidence: format!("{name} on {}", competency.label()),
            })
            .collect(),
        answers: vec![AnswerNote {
            question_id: "db-slow-query".into(),
            competencies: vec![Databases],
            asked: true,
            rating: None,
            note: format!("{name} live note"),
        }],
        recommendation: Some(Recommendation::Yes),
        submitted: true,
        updated_at: 5,
    }
}

fn ana() -> Scorecard {
    card(
        "Ana",
        &[
            (Databases, 2),
            (ApiDesign, 4),
            (Testing, 2),
            (Security, 3),
            (Caching, 3),
        ],
    )
}

fn ben() -> Scorecard {
    card(
        "Ben",
        &[
            (Databases, 2),
            (ApiDesign, 1),
            (Testing, 4),
            (Caching, 3),
            (Observability, 3),
        ],
    )
}

fn round() -> PanelRound {
    PanelRound {
        id: "r-1".into(),
        candidate_id: "c-1".into(),
        created_at: 1,
        public_key: vec![4; 65],
        panel: ["Ana", "Ben"]
            .iter()
            .map(|n| Interviewer {
                name: n.to_string(),
                question_ids: vec![],
            })
            .collect(),
        received: vec![],
        opening: None,
        amendments: vec![],
        decision: None,
    }
}

fn opened(card: Scorecard, commitment: u8) -> OpenedReturn {
    OpenedReturn {
        round_id: "r-1".into(),
        commitment: [commitment; 32],
        export: ScorecardExport {
            candidate_id: "r-1".into(),
            candidate_name: "Candidate 7".into(),
            scorecard: card,
        },
    }
}

fn import(
    round: &PanelRound,
    candidate: &Candidate,
    ret: &OpenedReturn,
) -> (PanelRound, Candidate) {
    match round.import_sealed(candidate, ret, 10) {
        Ok(Receipt::Added { round, candidate }) => (*round, *candidate),
        other => panic!("expected the card to be added, got {other:?}"),
    }
}

/// Both cards in, ratings not yet open.
fn both_in() -> (PanelRound, Candidate) {
    let candidate = Candidate::new("c-1".into(), "Candidate 7".into(), 0);
    let (r, c) = import(&round(), &candidate, &opened(ana(), 1));
    import(&r, &c, &opened(ben(), 2))
}

#[test]
fn the_same_return_twice_changes_nothing_and_a_second_card_is_refused() {
    let candidate = Candidate::new("c-1".into(), "Candidate 7".into(), 0);
    let ret = opened(ana(), 1);
    let (r, c) = import(&round(), &candidate, &ret);
    assert_eq!(c.scorecards, vec![ana()]);
    assert_eq!(r.import_sealed(&c, &ret, 11), Ok(Receipt::AlreadyIn));
    // Ana's card with another rating (a re-sealed edit) cannot replace the submitted one.
    let mut edited = ana();
    edited.ratings[0].rating = Rating::Strong;
    assert_eq!(
        r.import_sealed(&c, &opened(edited, 9), 12),
        Err(RoundError::SecondCard {
            interviewer: "Ana".into()
        })
    );
    let mut draft = ben();
    draft.submitted = false;
    assert!(matches!(
        r.import_sealed(&c, &opened(draft, 3), 12),
        Err(RoundError::NotSubmitted { .. })
    ));
    let stranger = card("Zoe", &[(Databases, 4)]);
    assert!(matches!(
        r.import_sealed(&c, &opened(stranger, 4), 12),
        Err(RoundError::NotOnPanel { .. })
    ));
    let mut elsewhere = opened(ben(), 5);
    elsewhere.round_id = "r-2".into();
    assert_eq!(
        r.import_sealed(&c, &elsewhere, 12),
        Err(RoundError::WrongRound)
    );
}

#[test]
fn a_card_the_manager_already_holds_is_not_overwritten_by_a_return() {
    let mut candidate = Candidate::new("c-1".into(), "Candidate 7".into(), 0);
    candidate.scorecards.push(card("Ana", &[(Databases, 1)]));
    assert!(matches!(
        round().import_sealed(&candidate, &opened(ana(), 1), 10),
        Err(RoundError::SecondCard { .. })
    ));
}

#[test]
fn plain_links_still_count_and_are_labelled_unsealed() {
    let mut r = round();
    assert_eq!(r.note_unsealed(&ben(), 3), Ok(()));
    assert_eq!(r.note_unsealed(&ben(), 4), Ok(()));
    assert_eq!(r.received.len(), 1);
    assert_eq!(r.received[0].source, CardSource::Unsealed);
    assert_eq!(r.status().missing, vec!["Ana".to_string()]);
}

#[test]
fn ratings_stay_closed_until_every_card_is_in() {
    let candidate = Candidate::new("c-1".into(), "Candidate 7".into(), 0);
    let (mut r, c) = import(&round(), &candidate, &opened(ana(), 1));
    assert!(!r.ratings_visible());
    assert_eq!(
        r.reveal("Maria", 20),
        Err(RoundError::NotAllIn {
            missing: vec!["Ben".into()]
        })
    );
    let change = Amendment {
        interviewer: "Ana".into(),
        change: CardChange::Recommendation {
            from: Some(Recommendation::Yes),
            to: Recommendation::No,
        },
        reason: "r".into(),
        by: "Maria".into(),
        at: 21,
    };
    assert_eq!(r.amend(&c, change), Err(RoundError::NotOpenYet));
    let (mut all_in, _) = import(&r, &c, &opened(ben(), 2));
    assert_eq!(all_in.reveal("Maria", 30), Ok(()));
    assert!(all_in.ratings_visible());
    assert_eq!(all_in.reveal("Maria", 31), Err(RoundError::AlreadyOpen));
}

#[test]
fn opening_early_needs_a_reason_and_records_who_was_missing() {
    let mut r = round();
    assert_eq!(
        r.open_early("Maria", " ", 5),
        Err(RoundError::ReasonMissing)
    );
    assert_eq!(r.open_early("Maria", "Ben is on leave", 5), Ok(()));
    let opening = r.opening.clone().unwrap_or_else(|| panic!("not recorded"));
    assert_eq!(opening.missing, vec!["Ana".to_string(), "Ben".to_string()]);
    assert_eq!(
        (opening.reason.as_str(), opening.at),
        ("Ben is on leave", 5)
    );
}

#[test]
fn amendments_move_the_current_result_and_leave_the_submitted_one() {
    let (mut r, c) = both_in();
    r.reveal("Maria", 30).unwrap_or_else(|e| panic!("{e}"));
    let raise = |from, to, reason: &str| Amendment {
        interviewer: "Ben".into(),
        change: CardChange::Rating {
            competency: Databases,
            from: Some(Rating::from_value(from).unwrap_or(Rating::Gap)),
            to: Rating::from_value(to).unwrap_or(Rating::Gap),
        },
        reason: reason.into(),
        by: "Maria".into(),
        at: 40,
    };
    let before = debrief_result(&spec(), &r, &c);
    assert_eq!(before.before.verdict, Verdict::Blocked);
    assert!(matches!(
        r.amend(&c, raise(2, 4, "  ")),
        Err(RoundError::Amend(_))
    ));
    assert_eq!(
        r.amend(&c, raise(2, 4, "Ben misread the query plan")),
        Ok(())
    );
    assert!(matches!(
        r.amend(&c, raise(2, 3, "stale")),
        Err(RoundError::Amend(_))
    ));
    assert_eq!(r.submitted_cards(&c), vec![ana(), ben()]);
    let result = debrief_result(&spec(), &r, &c);
    assert_eq!(result.before, before.before);
    let db = result
        .shift
        .competencies
        .iter()
        .find(|s| s.competency == Databases);
    assert_eq!(db.map(|s| (s.before, s.now)), Some((Some(2.0), Some(3.0))));
    assert_ne!(result.now.verdict, Verdict::Blocked);
    assert!(result.shift.verdict.is_some());
    assert!(shift_sentence(&result).starts_with("Before the debrief: Blocked"));
}

#[test]
fn the_agenda_puts_gates_first_then_disagreements_then_single_raters() {
    let items = agenda(&spec(), &[ana(), ben()]);
    let order: Vec<Competency> = items.iter().map(|i| i.competency).collect();
    assert_eq!(
        order,
        vec![Databases, ApiDesign, Testing, Security, Observability]
    );
    assert!(matches!(
        items[0].topics[0],
        Topic::MustHaveBelowLevel { required: 3, .. }
    ));
    assert!(
        matches!(items[1].topics[0], Topic::RatersDiffer { low, high } if low == 1.0 && high == 4.0)
    );
    assert_eq!(
        items[3].topics,
        vec![Topic::OneRater {
            interviewer: "Ana".into()
        }]
    );
    // Evidence side by side: both interviewers on every item, with their notes.
    let db = &items[0];
    assert_eq!(db.notes.len(), 2);
    let ben_note = note_of(db, "ben").unwrap_or_else(|| panic!("Ben missing"));
    assert_eq!(ben_note.evidence, "Ben on Databases");
    assert_eq!(ben_note.answer_notes, vec!["Ben live note".to_string()]);
    assert_eq!(note_of(&items[3], "Ben").and_then(|n| n.rating), None);
    // Input order does not change the agenda.
    assert_eq!(agenda(&spec(), &[ben(), ana()]), items);
}

#[test]
fn a_must_have_on_one_rater_is_flagged_with_its_reliability() {
    let quality = evidence_quality(&spec(), &[ana(), ben()]);
    let security = quality.iter().find(|q| q.competency == Security);
    let security = security.unwrap_or_else(|| panic!("Security missing"));
    assert_eq!(security.raters, 1);
    assert!(security
        .warning
        .as_deref()
        .is_some_and(|w| w.contains(".44")));
    let databases = quality.iter().find(|q| q.competency == Databases);
    assert_eq!(databases.map(|q| q.warning.is_none()), Some(true));
    let caching = quality.iter().find(|q| q.competency == Caching);
    let reliability = caching.and_then(|q| q.reliability).unwrap_or_default();
    assert!((reliability - 0.6111).abs() < 1e-3);
}

#[test]
fn calibration_waits_for_three_candidates_and_counts_skips() {
    let panels: Vec<(String, Vec<Scorecard>)> = (0..2)
        .map(|i| (format!("c-{i}"), vec![ana(), ben()]))
        .collect();
    assert_eq!(profiles(&observations(&panels), &[]), None);
    let panels: Vec<(String, Vec<Scorecard>)> = (0..3)
        .map(|i| (format!("c-{i}"), vec![ana(), ben()]))
        .collect();
    let assigned = vec![Assignment {
        candidate: "c-0".into(),
        interviewer: "Ana".into(),
        competencies: vec![Databases, Observability, RealTime],
    }];
    let all = profiles(&observations(&panels), &assigned).unwrap_or_default();
    let ana_profile = &all[0];
    assert_eq!(ana_profile.interviewer, "Ana");
    assert_eq!((ana_profile.assigned, ana_profile.skipped), (3, 2));
    // Ana vs Ben on shared targets: Databases 0, API +3, Testing -2, Caching 0 -> mean 0.25.
    assert_eq!(ana_profile.leniency, Some(0.25));
    assert_eq!(all[1].leniency, Some(-0.25));
}

fn design() -> impl Strategy<Value = (Vec<Observation>, usize, f64)> {
    (3..6usize, 2..5usize).prop_flat_map(|(candidates, raters)| {
        let cells = candidates * raters * 4;
        (
            proptest::collection::vec((1..=4u8, any::<bool>()), cells),
            0..raters,
            -3.0..3.0f64,
        )
            .prop_map(move |(cells, shifted, c)| {
                let mut obs = Vec::new();
                for (k, (value, present)) in cells.into_iter().enumerate() {
                    let competency = k % 4;
                    // The first competency is rated by everyone: the design stays connected.
                    if present || competency == 0 {
                        obs.push(Observation {
                            candidate: format!("c-{}", k / (4 * raters)),
                            interviewer: format!("rater-{}", k / 4 % raters),
                            competency: Competency::ALL[competency],
                            rating: f64::from(value),
                        });
                    }
                }
                (obs, shifted, c)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_constant_added_to_one_rater_moves_their_leniency_by_it_and_the_calibrated_view_as_one_block(
        (obs, shifted, c) in design()
    ) {
        let name = format!("rater-{shifted}");
        let moved: Vec<Observation> = obs
            .iter()
            .map(|o| Observation {
                rating: if o.interviewer == name { o.rating + c } else { o.rating },
                ..o.clone()
            })
            .collect();
        let before = profiles(&obs, &[]).unwrap_or_default();
        let after = profiles(&moved, &[]).unwrap_or_default();
        prop_assert_eq!(before.len(), after.len());
        for (b, a) in before.iter().zip(&after) {
            if b.interviewer == name {
                let gained = a.leniency.unwrap_or(0.0) - b.leniency.unwrap_or(0.0);
                prop_assert!((gained - c).abs() < 1e-9, "leniency moved by {gained}, not {c}");
            }
            let spread = a.spread.unwrap_or(0.0) - b.spread.unwrap_or(0.0);
            prop_assert!(spread.abs() < 1e-9);
        }
        // The calibrated view moves as one block: every comparison in it is unchanged.
        let share = obs.iter().filter(|o| o.interviewer == name).count() as f64 / obs.len() as f64;
        let (cal_before, cal_after) = (calibrated(&obs), calibrated(&moved));
        for (b, a) in cal_before.iter().zip(&cal_after) {
            let delta = a.rating - b.rating;
            prop_assert!((delta - c * share).abs() < 1e-6, "moved by {delta}, expected {}", c * share);
        }
    }
}

#[test]
fn the_decision_record_holds_the_evidence_the_change_and_the_retention_note() {
    let (mut r, c) = both_in();
    r.reveal("Maria", 1_796_083_200_000)
        .unwrap_or_else(|e| panic!("{e}"));
    let change = Amendment {
        interviewer: "Ben".into(),
        change: CardChange::Rating {
            competency: Databases,
            from: Some(Rating::Partial),
            to: Rating::Solid,
        },
        reason: "The query plan answer was right after all".into(),
        by: "Maria".into(),
        at: 1_796_083_300_000,
    };
    r.amend(&c, change).unwrap_or_else(|e| panic!("{e}"));
    let spec = spec();
    let kit = assemble(&spec, &StageBudgets::default());
    let decision = Decision {
        outcome: Outcome::Hold,
        reasons: "Strong API work; a second look at security.".into(),
        decided_by: "Maria".into(),
        decided_at: 1_796_083_400_000,
    };
    assert_eq!(validate_decision(&decision), Ok(()));
    let blank = Decision {
        reasons: " ".into(),
        ..decision.clone()
    };
    assert!(validate_decision(&blank).is_err());
    let md = decision_markdown(&RecordInput {
        candidate: &c,
        spec: &spec,
        spec_link: "https://x.test/#/s/AbC",
        kit: Some(&kit),
        round: &r,
        decision: &decision,
    });
    for needle in [
        "# Hiring decision: Candidate 7",
        "**Decision: Hold**, by Maria on 2026-12-01",
        "Strong API work; a second look at security.",
        "<https://x.test/#/s/AbC>",
        kit.stages[0].items[0].prompt(),
        "### Ana (sealed, fingerprint 0101",
        "### Ben (sealed, fingerprint 0202",
        "Ana on API design",
        "Ben live note",
        "Databases: 2 Partial -> 3 Solid (Ben's card), recorded by Maria",
        "The query plan answer was right after all",
        "Before the debrief: **Blocked by a must-have**",
        "After the debrief: **",
        "29 CFR 1602.14",
        "review and erase after 2027-12-01",
        "Your data",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in:\n{md}");
    }
    assert!(!MECHANICAL_FIRST_SOURCE.is_empty());
}
