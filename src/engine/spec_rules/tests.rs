//! Tests for validation, shares and warnings.

use super::*;
use crate::engine::competency::Rating;
use crate::engine::region::{Market, Region};
use crate::engine::role::{AiTier, Budget, CompetencyReq, Seniority};

fn fields(spec: &RoleSpec) -> Vec<SpecField> {
    validate(spec)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.field)
        .collect()
}

fn kinds(spec: &RoleSpec, floor: Option<u32>) -> Vec<WarningKind> {
    warnings(spec, &|_, _| floor)
        .into_iter()
        .map(|w| w.kind)
        .collect()
}

#[test]
fn the_default_and_largest_specs_are_valid() {
    assert_eq!(validate(&RoleSpec::default()), Ok(()));
    assert_eq!(validate(&largest_valid_spec()), Ok(()));
}

#[test]
fn the_worst_case_body_fits_a_two_thousand_character_link() {
    // Envelope: kind, version, a 2-byte length varint, CRC-32 = 8 bytes; base64 is 4 chars per 3 bytes.
    let chars = (MAX_SPEC_BODY_BYTES + 8).div_ceil(3) * 4;
    assert!(chars <= 2000, "worst case {chars} characters");
    let spec = largest_valid_spec();
    assert_eq!(spec.title.len(), TITLE_MAX_BYTES);
    assert!(spec.frameworks.iter().all(|f| f.len() == ITEM_MAX_BYTES));
}

#[test]
fn each_rule_names_its_field() {
    let base = RoleSpec::default();
    type Breaker = fn(&mut RoleSpec);
    let cases: Vec<(Breaker, SpecField)> = vec![
        (|s| s.title = "   ".into(), SpecField::Title),
        (
            |s| s.title = "x".repeat(TITLE_MAX_BYTES + 1),
            SpecField::Title,
        ),
        (|s| s.title = "a\nb".into(), SpecField::Title),
        (
            |s| s.language = "é".repeat(LANGUAGE_MAX_BYTES / 2 + 1),
            SpecField::Language,
        ),
        (
            |s| s.frameworks = vec!["Axum".into(); LIST_MAX_ITEMS + 1],
            SpecField::Frameworks,
        ),
        (|s| s.data_stores = vec![" ".into()], SpecField::DataStores),
        (
            |s| s.cloud = vec!["y".repeat(ITEM_MAX_BYTES + 1)],
            SpecField::Cloud,
        ),
        (|s| s.max_years = Some(2), SpecField::Years),
        (|s| s.max_years = Some(YEARS_MAX + 1), SpecField::Years),
        (
            |s| s.competencies.push(s.competencies[0]),
            SpecField::Competencies,
        ),
        (|s| s.competencies[1].weight = 11, SpecField::Competencies),
        (|s| s.regions.clear(), SpecField::Regions),
        (|s| s.regions.push(Region::Mexico), SpecField::Regions),
        (|s| s.min_overlap_hours = 9, SpecField::Overlap),
        (
            |s| {
                s.budget = Some(Budget {
                    min: 90_000,
                    max: 80_000,
                })
            },
            SpecField::Budget,
        ),
        (
            |s| {
                s.budget = Some(Budget {
                    min: 0,
                    max: BUDGET_MAX_USD + 1,
                })
            },
            SpecField::Budget,
        ),
    ];
    for (break_it, field) in cases {
        let mut spec = base.clone();
        break_it(&mut spec);
        assert_eq!(fields(&spec), vec![field], "{spec:?}");
    }
    let problem = validate(&RoleSpec {
        title: String::new(),
        ..base
    });
    let text = problem.err().unwrap_or_default()[0].to_string();
    assert_eq!(text, "Title: give the role a title.");
}

#[test]
fn shares_sum_to_exactly_one_hundred() {
    let mut spec = RoleSpec::default();
    for (i, req) in spec.competencies.iter_mut().enumerate() {
        req.weight = [3, 7, 0, 1][i % 4];
    }
    let shares = weight_shares(&spec);
    assert_eq!(shares.iter().map(|s| u32::from(s.1)).sum::<u32>(), 100);
    assert!(shares
        .iter()
        .zip(&spec.competencies)
        .all(|(s, r)| r.weight > 0 || s.1 == 0));

    // Three equal weights: 33 + 33 + 33 leaves 1 point for the first.
    spec.competencies.truncate(3);
    spec.competencies.iter_mut().for_each(|r| r.weight = 4);
    let pcts: Vec<u8> = weight_shares(&spec).into_iter().map(|s| s.1).collect();
    assert_eq!(pcts, vec![34, 33, 33]);

    spec.competencies.iter_mut().for_each(|r| r.weight = 0);
    assert!(weight_shares(&spec).iter().all(|s| s.1 == 0));
}

#[test]
fn normalize_orders_regions_like_a_link() {
    let mut spec = RoleSpec {
        regions: vec![Region::Brazil, Region::UsEastern, Region::Mexico],
        ..RoleSpec::default()
    };
    normalize(&mut spec);
    assert_eq!(
        spec.regions,
        vec![Region::UsEastern, Region::Mexico, Region::Brazil]
    );
}

fn junior() -> RoleSpec {
    RoleSpec {
        seniority: Seniority::Junior,
        min_years: 0,
        max_years: Some(2),
        ..RoleSpec::default()
    }
}

#[test]
fn a_sensible_spec_has_no_warnings() {
    assert_eq!(kinds(&RoleSpec::default(), Some(40_000)), vec![]);
    assert_eq!(kinds(&junior(), None), vec![]);
}

#[test]
fn junior_warnings() {
    let mut spec = junior();
    for req in spec.competencies.iter_mut().take(3) {
        req.must_have = true;
    }
    spec.ai_tier = AiTier::Native;
    assert_eq!(
        kinds(&spec, None),
        vec![
            WarningKind::ManyMustHavesForJunior { count: 3 },
            WarningKind::AiNativeForJunior
        ]
    );
}

#[test]
fn weight_warnings() {
    let mut spec = RoleSpec::default();
    spec.competencies[2] = CompetencyReq {
        competency: Competency::Databases,
        weight: 0,
        required: Rating::Solid,
        must_have: true,
    };
    assert_eq!(
        kinds(&spec, None),
        vec![WarningKind::MustHaveWithoutWeight(Competency::Databases)]
    );
    spec.competencies
        .iter_mut()
        .for_each(|r| r.must_have = false);
    spec.competencies.iter_mut().for_each(|r| r.weight = 0);
    assert_eq!(kinds(&spec, None), vec![WarningKind::AllWeightsZero]);
}

#[test]
fn budget_below_each_markets_floor() {
    let spec = RoleSpec {
        regions: vec![Region::UsCentral, Region::Mexico],
        budget: Some(Budget {
            min: 50_000,
            max: 70_000,
        }),
        ..RoleSpec::default()
    };
    let floor = |market: Market, level: Seniority| {
        assert_eq!(level, Seniority::Mid);
        Some(match market {
            Market::UnitedStates => 75_000,
            Market::LatinAmerica => 38_000,
        })
    };
    let found = warnings(&spec, &floor);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].kind,
        WarningKind::BudgetBelowBand {
            market: Market::UnitedStates,
            floor: 75_000
        }
    );
    assert!(found[0].message.contains("$70,000") && found[0].message.contains("$75,000"));
}

#[test]
fn overlap_names_the_region() {
    let spec = RoleSpec {
        regions: vec![Region::Mexico, Region::Brazil],
        team_region: Region::UsPacific,
        min_overlap_hours: 5,
        ..RoleSpec::default()
    };
    let found = warnings(&spec, &|_, _| None);
    assert_eq!(
        found.iter().map(|w| w.kind.clone()).collect::<Vec<_>>(),
        vec![WarningKind::OverlapImpossible {
            region: Region::Brazil,
            possible: 3
        }]
    );
    assert!(found[0].message.starts_with("Brazil shares at most 3"));
}

#[test]
fn years_outside_the_level() {
    let senior_with_two = RoleSpec {
        seniority: Seniority::Senior,
        min_years: 1,
        max_years: Some(2),
        ..RoleSpec::default()
    };
    assert_eq!(
        kinds(&senior_with_two, None),
        vec![WarningKind::YearsOutsideLevel]
    );
    let junior_with_six = RoleSpec {
        min_years: 6,
        max_years: None,
        ..junior()
    };
    assert_eq!(
        kinds(&junior_with_six, None),
        vec![WarningKind::YearsOutsideLevel]
    );
}
