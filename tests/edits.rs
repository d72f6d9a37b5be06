//! Edits made in two tabs from one base: after the merge, both survive (issue "typed edits").
//!
//! Each property draws two edits to different fields of one record, makes one in "our" tab and
//! the other in "their" tab, and merges the documents as the storage event does. The merged
//! record must equal the base with both edits made one after the other.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::candidate::{
    AnswerNote, Candidate, CandidateStage, HiringStep, OnboardingTask, Recommendation, Scorecard,
};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::edit::{AnswerEdit, CandidateEdit, PlanEdit, ScorecardEdit, SpecEdit};
use hirekit::engine::presets::presets;
use hirekit::engine::region::Region;
use hirekit::engine::role::{AiTier, Budget, EnglishLevel, ProductStage};
use hirekit::engine::spec_rules::{BUDGET_MAX_USD, OVERLAP_MAX_HOURS, WEIGHT_MAX, YEARS_MAX};
use hirekit::engine::store::{self, Document, SavedSpec};
use hirekit::engine::sync::three_way;
use proptest::prelude::*;
use proptest::sample::select;

fn competency() -> impl Strategy<Value = Competency> {
    select(Competency::ALL.to_vec())
}

fn short_text() -> impl Strategy<Value = String> {
    "[A-Za-z ]{1,12}"
}

/// A spec edit and the name of the field it touches.
fn spec_edit() -> impl Strategy<Value = (String, SpecEdit)> {
    prop_oneof![
        short_text().prop_map(|title| ("title".into(), SpecEdit::Rename { title })),
        select(ProductStage::ALL.to_vec())
            .prop_map(|stage| ("stage".into(), SpecEdit::Stage { stage })),
        (0u8..12).prop_map(|years| ("min".into(), SpecEdit::MinYears { years })),
        proptest::option::of(0u8..20)
            .prop_map(|years| ("max".into(), SpecEdit::MaxYears { years })),
        short_text().prop_map(|language| ("lang".into(), SpecEdit::Language { language })),
        proptest::collection::vec(short_text(), 0..3)
            .prop_map(|items| ("frameworks".into(), SpecEdit::Frameworks { items })),
        (competency(), 0u8..10).prop_map(|(competency, weight)| {
            (
                format!("weight-{competency:?}"),
                SpecEdit::Weight { competency, weight },
            )
        }),
        (competency(), select(Rating::ALL.to_vec())).prop_map(|(competency, rating)| {
            (
                format!("level-{competency:?}"),
                SpecEdit::Required { competency, rating },
            )
        }),
        (competency(), any::<bool>()).prop_map(|(competency, must_have)| {
            (
                format!("must-{competency:?}"),
                SpecEdit::MustHave {
                    competency,
                    must_have,
                },
            )
        }),
        select(AiTier::ALL.to_vec()).prop_map(|tier| ("ai".into(), SpecEdit::AiTier { tier })),
        (select(Region::ALL.to_vec()), any::<bool>()).prop_map(|(region, chosen)| {
            (
                format!("region-{region:?}"),
                SpecEdit::Region { region, chosen },
            )
        }),
        select(Region::ALL.to_vec())
            .prop_map(|region| ("team".into(), SpecEdit::TeamRegion { region })),
        (0u8..9).prop_map(|hours| ("overlap".into(), SpecEdit::Overlap { hours })),
        select(EnglishLevel::ALL.to_vec())
            .prop_map(|level| ("english".into(), SpecEdit::English { level })),
        proptest::option::of((40_000u32..90_000, 90_000u32..200_000)).prop_map(|b| (
            "budget".into(),
            SpecEdit::Budget {
                budget: b.map(|(min, max)| Budget { min, max })
            }
        )),
    ]
}

fn interviewer() -> impl Strategy<Value = String> {
    select(vec!["Ana".to_string(), "Ben".to_string()])
}

/// A candidate edit and the name of the field it touches. Submitting is left out: a submitted
/// card is final, so it does not commute with other edits to that card (tested on its own).
fn candidate_edit() -> impl Strategy<Value = (String, CandidateEdit)> {
    let card = prop_oneof![
        (
            competency(),
            proptest::option::of(select(Rating::ALL.to_vec()))
        )
            .prop_map(|(competency, rating)| (
                format!("rate-{competency:?}"),
                ScorecardEdit::Rate { competency, rating }
            )),
        select(Recommendation::ALL.to_vec()).prop_map(|recommendation| (
            "call".into(),
            ScorecardEdit::Recommend { recommendation }
        )),
        (select(vec!["q-a", "q-b"]), any::<bool>()).prop_map(|(q, asked)| {
            let edit = ScorecardEdit::Answer {
                question_id: q.into(),
                competencies: vec![Competency::Databases],
                edit: AnswerEdit::Asked { asked },
            };
            (format!("asked-{q}"), edit)
        }),
        (select(vec!["q-a", "q-b"]), short_text()).prop_map(|(q, note)| {
            let edit = ScorecardEdit::Answer {
                question_id: q.into(),
                competencies: vec![Competency::Databases],
                edit: AnswerEdit::Note { note },
            };
            (format!("note-{q}"), edit)
        }),
    ];
    prop_oneof![
        short_text().prop_map(|name| ("name".into(), CandidateEdit::Rename { name })),
        (0u8..40).prop_map(|years| ("years".into(), CandidateEdit::Years { years })),
        proptest::option::of(20_000u32..300_000)
            .prop_map(|ask| ("ask".into(), CandidateEdit::SalaryAsk { ask })),
        select(Region::ALL.to_vec())
            .prop_map(|region| ("region".into(), CandidateEdit::Region { region })),
        select(CandidateStage::ALL.to_vec())
            .prop_map(|stage| ("stage".into(), CandidateEdit::Stage { stage })),
        (select(HiringStep::ALL.to_vec()), any::<bool>()).prop_map(|(step, done)| {
            (
                format!("done-{step:?}"),
                CandidateEdit::Plan {
                    step,
                    edit: PlanEdit::Done { done },
                },
            )
        }),
        (select(HiringStep::ALL.to_vec()), short_text()).prop_map(|(step, note)| {
            (
                format!("plan-note-{step:?}"),
                CandidateEdit::Plan {
                    step,
                    edit: PlanEdit::Note { note },
                },
            )
        }),
        (select(OnboardingTask::ALL.to_vec()), any::<bool>()).prop_map(|(task, done)| {
            (
                format!("task-{task:?}"),
                CandidateEdit::Onboarding { task, done },
            )
        }),
        (interviewer(), card).prop_map(|(who, (field, edit))| {
            (
                format!("{who}-{field}"),
                CandidateEdit::Scorecard {
                    interviewer: who,
                    edit,
                },
            )
        }),
    ]
}

fn spec_document(preset: usize) -> Document {
    let spec = presets()[preset].spec.clone();
    Document {
        specs: vec![SavedSpec {
            id: "s1".into(),
            spec,
            updated_at: 1,
            kit: None,
        }],
        ..Document::default()
    }
}

fn candidate_document() -> Document {
    let mut candidate = Candidate::new("c1".into(), "Cy".into(), 1);
    // Both interviewers have started, with a first note on each question: the same card or note
    // started in two tabs at once has no base to merge against, so it is a real conflict.
    candidate.scorecards = ["Ana", "Ben"]
        .map(|who| {
            let mut card = Scorecard::blank(who, 1);
            card.answers = ["q-a", "q-b"]
                .map(|q| AnswerNote {
                    question_id: q.into(),
                    competencies: vec![Competency::Databases],
                    asked: false,
                    rating: None,
                    note: String::new(),
                })
                .to_vec();
            card
        })
        .to_vec();
    candidate.onboarding = vec![OnboardingTask::SignedContract];
    Document {
        candidates: vec![candidate],
        ..Document::default()
    }
}

/// Edits with every value the builder's fields take, turned-round ranges included.
fn reachable_spec_edit() -> impl Strategy<Value = SpecEdit> {
    prop_oneof![
        spec_edit().prop_map(|(_, edit)| edit),
        (0..=YEARS_MAX).prop_map(|years| SpecEdit::MinYears { years }),
        proptest::option::of(0..=YEARS_MAX).prop_map(|years| SpecEdit::MaxYears { years }),
        (0..=OVERLAP_MAX_HOURS).prop_map(|hours| SpecEdit::Overlap { hours }),
        (competency(), 0..=WEIGHT_MAX)
            .prop_map(|(competency, weight)| SpecEdit::Weight { competency, weight }),
        proptest::option::of((0..=BUDGET_MAX_USD, 0..=BUDGET_MAX_USD)).prop_map(|b| {
            SpecEdit::Budget {
                budget: b.map(|(min, max)| Budget { min, max }),
            }
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Whatever the builder stores reads back as it is, with no repair: a tab that finds another
    /// tab's save "repaired" sets it aside, so a draft such as "at least 8, at most 5 years"
    /// (warned about, never shared) would be pushed out of storage by the next save.
    #[test]
    fn every_spec_the_builder_stores_loads_back_clean(
        preset in 0..6usize, edits in proptest::collection::vec(reachable_spec_edit(), 1..10)
    ) {
        let mut doc = spec_document(preset);
        for edit in edits {
            edit.apply(&mut doc.specs[0].spec);
        }
        let loaded = store::load(Some(&store::save(&doc)));
        prop_assert_eq!(loaded.problem, None);
        prop_assert_eq!(loaded.document, doc);
    }

    #[test]
    fn spec_edits_to_different_fields_in_two_tabs_both_survive(
        preset in 0..6usize, (field_a, a) in spec_edit(), (field_b, b) in spec_edit()
    ) {
        prop_assume!(field_a != field_b);
        let base = spec_document(preset);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        a.clone().apply(&mut ours.specs[0].spec);
        ours.specs[0].updated_at = 10;
        b.clone().apply(&mut theirs.specs[0].spec);
        theirs.specs[0].updated_at = 20;
        let out = three_way(&base, &ours, &theirs);
        prop_assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
        prop_assert_eq!(out.document.specs.len(), 1);
        let mut both = base.specs[0].spec.clone();
        a.apply(&mut both);
        b.apply(&mut both);
        prop_assert_eq!(&out.document.specs[0].spec, &both);
        prop_assert_eq!(out.document.specs[0].updated_at, 20);
    }

    #[test]
    fn candidate_edits_to_different_fields_in_two_tabs_both_survive(
        (field_a, a) in candidate_edit(), (field_b, b) in candidate_edit()
    ) {
        prop_assume!(field_a != field_b);
        let base = candidate_document();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        a.clone().apply(&mut ours.candidates[0], 10);
        b.clone().apply(&mut theirs.candidates[0], 20);
        let out = three_way(&base, &ours, &theirs);
        prop_assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
        prop_assert_eq!(out.document.candidates.len(), 1);
        let mut both = base.candidates[0].clone();
        a.apply(&mut both, 10);
        b.apply(&mut both, 20);
        prop_assert_eq!(&out.document.candidates[0], &both);
    }
}

/// The same field changed to different values in two tabs is a real conflict: both versions are
/// kept and the person is told.
#[test]
fn the_same_field_in_two_tabs_keeps_both_versions() {
    let base = spec_document(0);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    SpecEdit::Rename {
        title: "Ours".into(),
    }
    .apply(&mut ours.specs[0].spec);
    SpecEdit::Rename {
        title: "Theirs".into(),
    }
    .apply(&mut theirs.specs[0].spec);
    theirs.specs[0].updated_at = 5;
    let out = three_way(&base, &ours, &theirs);
    assert_eq!(out.conflicts.len(), 1);
    let titles: Vec<&str> = out
        .document
        .specs
        .iter()
        .map(|s| s.spec.title.as_str())
        .collect();
    assert_eq!(titles, ["Ours", "Theirs (edited in another tab)"]);
}

/// Another tab cannot change a submitted card through the merge: its edits to Ana's submitted
/// card are dropped, while its other changes still come in.
#[test]
fn a_merge_never_changes_a_submitted_scorecard() {
    let mut base = candidate_document();
    let ana = |d: &mut Document, edit: ScorecardEdit, now| {
        let interviewer = "Ana".to_string();
        CandidateEdit::Scorecard { interviewer, edit }.apply(&mut d.candidates[0], now)
    };
    ana(
        &mut base,
        ScorecardEdit::Rate {
            competency: Competency::Security,
            rating: Some(Rating::Strong),
        },
        2,
    );
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    assert!(ana(&mut ours, ScorecardEdit::Submit, 3));
    // The other tab had not seen the submission yet.
    assert!(ana(
        &mut theirs,
        ScorecardEdit::Rate {
            competency: Competency::Security,
            rating: Some(Rating::Gap)
        },
        4
    ));
    CandidateEdit::SalaryAsk { ask: Some(90_000) }.apply(&mut theirs.candidates[0], 4);
    let out = three_way(&base, &ours, &theirs);
    let merged = &out.document.candidates[0];
    assert_eq!(merged.scorecards[0], ours.candidates[0].scorecards[0]);
    assert_eq!(merged.salary_ask, Some(90_000));
}
