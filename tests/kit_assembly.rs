//! Kit assembly (feature I2): properties over random specs plus pinned fixed specs.
//!
//! The proportionality property tested exactly is the documented greedy rule itself, re-derived here
//! from the pick trace: every deficit pick serves the weighted competency with the largest deficit
//! (B·w_c − W·credit_c, ties to catalogue order) among those that still had an addable question.
//! From it follows the second exact property: with no must-haves, the first pick serves a
//! top-weight competency. The "gap stays small" checks are bounds on this bank, pinned on fixed specs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use hirekit::engine::competency::Competency;
use hirekit::engine::kit::{
    assemble, coverage, credit_units, kit_minutes, selection, weight_total, Kit, KitItem,
    PickReason, StageBudgets,
};
use hirekit::engine::questions::{bank, Question, QuestionType};
use hirekit::engine::role::{RoleSpec, Seniority};
use proptest::prelude::*;

fn spec_strategy() -> impl Strategy<Value = RoleSpec> {
    (
        0usize..4,
        prop::collection::vec(0u8..=10, 14),
        prop::collection::vec(prop::bool::weighted(0.15), 14),
    )
        .prop_map(|(level, weights, musts)| {
            let mut spec = RoleSpec {
                seniority: Seniority::ALL[level],
                ..RoleSpec::default()
            };
            for (i, req) in spec.competencies.iter_mut().enumerate() {
                req.weight = weights[i];
                req.must_have = musts[i];
            }
            spec
        })
}

fn budgets_strategy() -> impl Strategy<Value = StageBudgets> {
    (0u16..=90, 0u16..=120, 0u16..=150, 0u16..=150).prop_map(|(s, b, t, p)| StageBudgets {
        screening: s,
        behavioral: b,
        technical_design: t,
        practical: p,
    })
}

fn stage_index(kind: QuestionType) -> usize {
    QuestionType::ALL.iter().position(|&k| k == kind).unwrap()
}

fn chosen(kit: &Kit) -> Vec<&'static Question> {
    kit.stages
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| i.question().expect("assembly only uses bank questions"))
        .collect()
}

fn wanted(spec: &RoleSpec, c: Competency) -> bool {
    let r = spec.requirement(c);
    r.weight > 0 || r.must_have
}

fn mean_gap(kit: &Kit, spec: &RoleSpec) -> f32 {
    let cov = coverage(kit, spec);
    cov.iter()
        .map(|c| (c.target_share_pct - c.actual_share_pct).abs())
        .sum::<f32>()
        / cov.len() as f32
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn deterministic(spec in spec_strategy(), budgets in budgets_strategy()) {
        prop_assert_eq!(assemble(&spec, &budgets), assemble(&spec, &budgets));
    }

    #[test]
    fn well_formed_kit(spec in spec_strategy(), budgets in budgets_strategy()) {
        let kit = assemble(&spec, &budgets);
        prop_assert_eq!(kit.stages.len(), 4);
        let mut ids = BTreeSet::new();
        for (stage, kind) in kit.stages.iter().zip(QuestionType::ALL) {
            prop_assert_eq!(stage.kind, kind);
            prop_assert_eq!(stage.budget_minutes, budgets.get(kind));
            prop_assert!(kit_minutes(stage) <= stage.budget_minutes);
            for item in &stage.items {
                let q = item.question().unwrap();
                prop_assert_eq!(q.kind, kind);
                prop_assert!(q.fits(spec.seniority), "{} does not fit", q.id);
                prop_assert!(ids.insert(q.id), "{} twice", q.id);
                // Weight-0 areas only ride along with a weighted or must-have one.
                prop_assert!(q.competencies.iter().any(|&c| wanted(&spec, c)));
            }
        }
    }

    /// Nothing useful is left out: every level-fitting question that would still fit its stage
    /// covers no weighted competency and no uncovered must-have. So a must-have is missing only
    /// when no question covering it fits what is left of its stage.
    #[test]
    fn kit_is_maximal(spec in spec_strategy(), budgets in budgets_strategy()) {
        let kit = assemble(&spec, &budgets);
        let picked = chosen(&kit);
        let covered = |c: Competency| picked.iter().any(|q| q.covers(c));
        for q in bank() {
            let stage = &kit.stages[stage_index(q.kind)];
            let room = stage.budget_minutes - kit_minutes(stage);
            if picked.iter().any(|p| p.id == q.id) || !q.fits(spec.seniority) || u16::from(q.minutes) > room {
                continue;
            }
            for &c in q.competencies {
                let r = spec.requirement(c);
                prop_assert!(r.weight == 0, "{} fits and covers weighted {:?}", q.id, c);
                prop_assert!(!r.must_have || covered(c), "{} fits and covers uncovered {:?}", q.id, c);
            }
        }
    }

    #[test]
    fn few_must_haves_are_always_covered_with_default_budgets(spec in spec_strategy()) {
        prop_assume!(spec.must_haves().count() <= 3);
        let kit = assemble(&spec, &StageBudgets::default());
        let cov = coverage(&kit, &spec);
        for m in spec.must_haves() {
            prop_assert!(cov[usize::from(m.index())].questions > 0, "{:?} uncovered", m);
        }
    }

    /// The documented greedy rule, re-derived from the trace with independent arithmetic.
    #[test]
    fn every_pick_follows_the_rule(spec in spec_strategy(), budgets in budgets_strategy()) {
        let picks = selection(&spec, &budgets);
        let w = |c: Competency| i64::from(spec.requirement(c).weight);
        let total_w = i64::from(weight_total(&spec));
        let total_units = i64::from(budgets.total()) * 6;
        let mut left: Vec<i64> = QuestionType::ALL.iter().map(|&k| i64::from(budgets.get(k))).collect();
        let mut credit = [0i64; 14];
        let mut used: Vec<&str> = Vec::new();
        let mut in_phase_two = false;
        for pick in &picks {
            let q = pick.question;
            let addable = |x: &Question, used: &[&str], left: &[i64]| {
                x.fits(spec.seniority) && !used.contains(&x.id) && i64::from(x.minutes) <= left[stage_index(x.kind)]
            };
            prop_assert!(addable(q, &used, &left));
            match pick.reason {
                PickReason::MustHave(m) => {
                    prop_assert!(!in_phase_two, "gates come first");
                    prop_assert!(spec.requirement(m).must_have && q.covers(m));
                    prop_assert!(!bank().iter().any(|x| used.contains(&x.id) && x.covers(m)));
                }
                PickReason::Deficit(c) => {
                    in_phase_two = true;
                    prop_assert!(q.covers(c) && w(c) > 0);
                    let deficit = |d: Competency| w(d) * total_units - credit[usize::from(d.index())] * total_w;
                    for d in Competency::ALL {
                        let open = w(d) > 0 && bank().iter().any(|x| x.covers(d) && addable(x, &used, &left));
                        if open {
                            let better = deficit(d) > deficit(c) || (deficit(d) == deficit(c) && d.index() < c.index());
                            prop_assert!(!better, "{:?} had a larger deficit than {:?}", d, c);
                        }
                    }
                }
            }
            left[stage_index(q.kind)] -= i64::from(q.minutes);
            for &c in q.competencies {
                credit[usize::from(c.index())] += credit_units(q);
            }
            used.push(q.id);
        }
    }

    /// With no gates, the first question serves a competency of the highest weight.
    #[test]
    fn first_pick_serves_a_top_weight_competency(spec in spec_strategy()) {
        let mut spec = spec;
        for r in spec.competencies.iter_mut() {
            r.must_have = false;
        }
        let top = spec.competencies.iter().map(|r| r.weight).max().unwrap_or(0);
        let picks = selection(&spec, &StageBudgets::default());
        if top == 0 {
            prop_assert!(picks.is_empty());
        } else {
            // Every competency has a question at every level, and a screening question fits the
            // default screening budget, so a top-weight competency is always open at the start.
            match picks[0].reason {
                PickReason::Deficit(c) => prop_assert_eq!(spec.requirement(c).weight, top),
                PickReason::MustHave(_) => prop_assert!(false, "no gates were set"),
            }
        }
    }

    /// With room for the whole bank, the kit holds every level-fitting question on a weighted
    /// competency, plus at most one more question per must-have that is otherwise uncovered.
    #[test]
    fn unlimited_budgets_take_every_relevant_question(spec in spec_strategy()) {
        let all = StageBudgets { screening: 2000, behavioral: 2000, technical_design: 2000, practical: 2000 };
        let kit = assemble(&spec, &all);
        let got: BTreeSet<&str> = chosen(&kit).iter().map(|q| q.id).collect();
        let weighted: BTreeSet<&str> = bank()
            .iter()
            .filter(|q| q.fits(spec.seniority))
            .filter(|q| q.competencies.iter().any(|&c| spec.requirement(c).weight > 0))
            .map(|q| q.id)
            .collect();
        prop_assert!(got.is_superset(&weighted));
        // Beyond the weighted questions, only must-have cover: phase 1 covers each must-have once,
        // and for a must-have of weight 0 it may pick a question that serves only that gate.
        let extras: Vec<&&str> = got.difference(&weighted).collect();
        let zero_weight_gates: Vec<Competency> =
            spec.must_haves().filter(|&m| spec.requirement(m).weight == 0).collect();
        prop_assert!(extras.len() <= zero_weight_gates.len());
        for id in &extras {
            prop_assert!(bank().iter().any(|q| q.id == **id && zero_weight_gates.iter().any(|&m| q.covers(m))));
        }
        let bare_gates = spec
            .must_haves()
            .filter(|&m| !weighted.iter().any(|id| bank().iter().any(|q| q.id == *id && q.covers(m))));
        for m in bare_gates {
            prop_assert!(got.iter().any(|id| bank().iter().any(|q| q.id == *id && q.covers(m))));
        }
    }

    /// Coverage credits exactly the kit's minutes, and target shares sum to 100 when weighted.
    #[test]
    fn coverage_adds_up(spec in spec_strategy(), budgets in budgets_strategy()) {
        let kit = assemble(&spec, &budgets);
        let cov = coverage(&kit, &spec);
        let minutes: f32 = cov.iter().map(|c| c.minutes).sum();
        prop_assert!((minutes - kit.total_minutes() as f32).abs() < 0.01);
        let target: f32 = cov.iter().map(|c| c.target_share_pct).sum();
        if weight_total(&spec) > 0 {
            prop_assert!((target - 100.0).abs() < 0.01);
        }
    }
}

#[test]
fn all_zero_weights_and_no_gates_give_an_empty_kit() {
    let mut spec = RoleSpec::default();
    for r in spec.competencies.iter_mut() {
        r.weight = 0;
    }
    let kit = assemble(&spec, &StageBudgets::default());
    assert_eq!(kit.stages.len(), 4);
    assert!(kit.stages.iter().all(|s| s.items.is_empty()));
}

#[test]
fn zero_budgets_give_empty_stages() {
    let zero = StageBudgets {
        screening: 0,
        behavioral: 0,
        technical_design: 0,
        practical: 0,
    };
    let kit = assemble(&RoleSpec::default(), &zero);
    assert_eq!(kit.total_minutes(), 0);
}

#[test]
fn default_spec_fills_most_of_every_budget_at_every_level() {
    for level in Seniority::ALL {
        let spec = RoleSpec {
            seniority: level,
            ..RoleSpec::default()
        };
        let kit = assemble(&spec, &StageBudgets::default());
        for stage in &kit.stages {
            assert!(
                kit_minutes(stage) * 4 >= stage.budget_minutes * 3,
                "{level:?} {:?}: {} of {}",
                stage.kind,
                kit_minutes(stage),
                stage.budget_minutes
            );
        }
        // Even weights (7.1% each): shares are on average within 4 points of the target.
        assert!(
            mean_gap(&kit, &spec) < 4.0,
            "{level:?}: {}",
            mean_gap(&kit, &spec)
        );
    }
}

/// A focused mid-level API role: half the areas weighted 10, the rest 0.
fn focused_spec() -> RoleSpec {
    let heavy = [
        Competency::ApiDesign,
        Competency::Databases,
        Competency::Security,
        Competency::Testing,
        Competency::CloudDevops,
        Competency::SoftSkills,
        Competency::Performance,
    ];
    let mut spec = RoleSpec::default();
    for r in spec.competencies.iter_mut() {
        r.weight = if heavy.contains(&r.competency) { 10 } else { 0 };
    }
    spec
}

#[test]
fn weighted_areas_get_more_time_than_unweighted_ones() {
    for level in Seniority::ALL {
        let spec = RoleSpec {
            seniority: level,
            ..focused_spec()
        };
        let cov = coverage(&assemble(&spec, &StageBudgets::default()), &spec);
        let least_weighted = cov
            .iter()
            .filter(|c| spec.requirement(c.competency).weight == 10)
            .map(|c| c.minutes)
            .fold(f32::MAX, f32::min);
        let most_unweighted = cov
            .iter()
            .filter(|c| spec.requirement(c.competency).weight == 0)
            .map(|c| c.minutes)
            .fold(0.0, f32::max);
        assert!(
            least_weighted >= most_unweighted,
            "{level:?}: {least_weighted} < {most_unweighted}"
        );
    }
}

#[test]
fn gap_stays_small_as_budgets_grow() {
    let double = StageBudgets {
        screening: 40,
        behavioral: 90,
        technical_design: 120,
        practical: 120,
    };
    for level in Seniority::ALL {
        for base in [RoleSpec::default(), focused_spec()] {
            let spec = RoleSpec {
                seniority: level,
                ..base
            };
            let normal = mean_gap(&assemble(&spec, &StageBudgets::default()), &spec);
            let large = mean_gap(&assemble(&spec, &double), &spec);
            assert!(
                normal < 5.0 && large < 5.0,
                "{level:?}: {normal} then {large}"
            );
        }
    }
}

#[test]
fn must_have_is_covered_even_when_its_weight_is_low() {
    let mut spec = focused_spec();
    for r in spec.competencies.iter_mut() {
        if r.competency == Competency::RealTime {
            r.must_have = true;
        }
    }
    let picks = selection(&spec, &StageBudgets::default());
    assert_eq!(
        picks[0].reason,
        PickReason::MustHave(Competency::RealTime),
        "gates are served first"
    );
}

#[test]
fn unknown_bank_ids_do_not_break_a_stored_kit() {
    let mut kit = assemble(&RoleSpec::default(), &StageBudgets::default());
    kit.stages[0].items.push(KitItem::Bank {
        id: "from-a-newer-bank".into(),
    });
    let item = kit.stages[0].items.last().unwrap();
    assert_eq!(item.minutes(), 0);
    assert!(item.competencies().is_empty());
    assert_eq!(item.prompt(), hirekit::engine::kit::MISSING_PROMPT);
    let json = serde_json::to_string(&kit).unwrap();
    assert_eq!(serde_json::from_str::<Kit>(&json).unwrap(), kit);
    assert_eq!(coverage(&kit, &RoleSpec::default()).len(), 14);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Random edits with random indices never panic and never put an id in the kit twice.
    #[test]
    fn random_edits_keep_ids_unique(
        spec in spec_strategy(),
        ops in prop::collection::vec((0u8..5, 0usize..6, 0usize..8, 0usize..8, 0usize..90), 0..30),
    ) {
        use hirekit::engine::kit::{add, move_item, remove, swap, swap_options};
        let mut kit = assemble(&spec, &StageBudgets::default());
        for (op, stage, a, b, q) in ops {
            let id = bank().get(q).map_or("not-a-question", |x| x.id);
            let _ = match op {
                0 => add(&mut kit, id),
                1 => remove(&mut kit, stage, a).map(|_| ()),
                2 => move_item(&mut kit, stage, a, b),
                3 => swap(&mut kit, stage, a, id),
                _ => swap_options(&kit, stage, a, &spec)
                    .first()
                    .map_or(Ok(()), |o| swap(&mut kit, stage, a, o.id)),
            };
            let ids: Vec<&str> = kit.stages.iter().flat_map(|s| &s.items).map(|i| i.id()).collect();
            let unique: BTreeSet<&str> = ids.iter().copied().collect();
            prop_assert_eq!(ids.len(), unique.len());
            for s in &kit.stages {
                prop_assert!(s.items.iter().all(|i| i.question().is_none_or(|q| q.kind == s.kind)));
            }
        }
    }
}
