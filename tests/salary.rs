//! Every figure the salary tool shows, pinned; plus properties that hold for any input.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::money;
use hirekit::engine::region::{Market, Region};
use hirekit::engine::role::{Budget, Seniority};
use hirekit::engine::salary::*;
use proptest::prelude::*;

const LATAM: Market = Market::LatinAmerica;
const US: Market = Market::UnitedStates;

fn guide(market: Market, level: Level) -> Band {
    *band_for(&guide_bands(), market, level).expect("the guide has every band")
}

#[test]
fn every_guide_figure_is_pinned() {
    let pinned: Vec<(Market, Level, u64, UpperBound)> = guide_bands()
        .iter()
        .map(|b| (b.market, b.level, b.min, b.max))
        .collect();
    use UpperBound::{Closed, Open};
    assert_eq!(
        pinned,
        vec![
            (LATAM, Level::Entry, 22_000, Closed(32_000)),
            (LATAM, Level::Mid, 38_000, Closed(65_000)),
            (LATAM, Level::Senior, 70_000, Open(110_000)),
            (US, Level::Entry, 45_000, Closed(75_000)),
            (US, Level::Mid, 75_000, Closed(130_000)),
            (US, Level::Senior, 130_000, Open(200_000)),
        ]
    );
    assert!(guide_bands()
        .iter()
        .all(|b| b.source == "South, 2026 salary guide"));
    assert_eq!(US_AVERAGE, 102_900);
    assert_eq!(US_AVERAGE_SOURCE, "Trio");
}

#[test]
fn bands_read_as_the_guide_writes_them() {
    let shown: Vec<String> = guide_bands()
        .iter()
        .map(|b| money::range(b.min, b.max))
        .collect();
    assert_eq!(
        shown,
        [
            "$22,000–$32,000",
            "$38,000–$65,000",
            "$70,000–$110,000+",
            "$45,000–$75,000",
            "$75,000–$130,000",
            "$130,000–$200,000+",
        ]
    );
}

#[test]
fn money_formats() {
    assert_eq!(money::usd(70_000), "$70,000");
    assert_eq!(money::usd(0), "$0");
    assert_eq!(money::thousands(1_234_567), "1,234,567");
    assert_eq!(money::percent(53.8), "54%");
    assert_eq!(money::local(1_234_000, "mxn"), "MXN 1,234,000");
    assert_eq!(
        money::local_range(374_000, UpperBound::Open(1_870_000), "MXN"),
        "MXN 374,000–MXN 1,870,000+"
    );
}

#[test]
fn savings_against_the_us_band_of_the_same_level() {
    let entry = savings(&guide(LATAM, Level::Entry), &guide(US, Level::Entry));
    assert_eq!(entry.low.amount, 23_000);
    assert_eq!(money::percent(entry.low.percent), "51%");
    let HighEnd::Comparable(top) = entry.high else {
        panic!("closed bands compare at the top")
    };
    assert_eq!(
        (top.amount, money::percent(top.percent)),
        (43_000, "57%".into())
    );

    let mid = savings_for(&guide_bands(), LATAM, Level::Mid).unwrap();
    assert_eq!(
        (mid.low.amount, money::percent(mid.low.percent)),
        (37_000, "49%".into())
    );
    assert_eq!(
        mid.high,
        HighEnd::Comparable(Saving {
            amount: 65_000,
            percent: 50.0
        })
    );

    let senior = savings_for(&guide_bands(), LATAM, Level::Senior).unwrap();
    assert_eq!(senior.low.amount, 60_000);
    assert_eq!(money::percent(senior.low.percent), "46%");
    assert_eq!(senior.high, HighEnd::NotComparable);
    assert_eq!(
        senior.message(),
        "Pay is 46% below the US at the bottom of the band ($60,000 a year less); the tops \
         cannot be compared, because the guide sets no ceiling."
    );

    for level in Level::ALL {
        assert_eq!(savings_for(&guide_bands(), US, level), Some(Savings::NONE));
    }
}

#[test]
fn default_on_costs_and_their_sources() {
    let us = default_on_cost(Region::UsEastern);
    assert_eq!(us.basis_points, 3_000);
    assert_eq!(us.source, "Deel, Oyster and Remote employer-cost guides");
    assert!(us.note.contains("1.25-1.4x"));
    let chile = default_on_cost(Region::Chile);
    assert_eq!(
        (chile.percent(), chile.source),
        (49.0, "Inter-American Development Bank, 2017")
    );
    assert_eq!(default_on_cost(Region::Mexico).basis_points, 3_600);
    assert_eq!(default_on_cost(Region::Colombia).basis_points, 2_050);
    assert_eq!(default_on_cost(Region::Brazil).basis_points, 3_911);
    assert_eq!(default_on_cost(Region::Argentina).basis_points, 7_000);
    assert_eq!(default_on_cost(Region::Peru).basis_points, 7_000);
    for r in [Region::Mexico, Region::Colombia, Region::Brazil] {
        assert!(default_on_cost(r).note.starts_with("Rough"));
        assert!(default_on_cost(r).source.contains("rough"));
    }
}

#[test]
fn total_employment_cost() {
    assert_eq!(total_cost(70_000, 4_900), 104_300);
    assert_eq!(total_cost(130_000, 3_000), 169_000);
    assert_eq!(total_cost(70_000, 3_600), 95_200);
    assert_eq!(total_cost(70_000, 3_911), 97_377);
    assert_eq!(total_cost(38_000, 2_050), 45_790);
    assert_eq!(
        total_cost_bound(UpperBound::Open(110_000), 4_900),
        UpperBound::Open(163_900)
    );
}

#[test]
fn offer_positions() {
    let senior = guide(LATAM, Level::Senior);
    let above = offer_position(&senior, 120_000);
    assert_eq!(
        above,
        OfferPosition::AboveListed {
            over_by: 10_000,
            band_is_open: true
        }
    );
    assert!(above.message().contains("no ceiling"));
    assert_eq!(
        offer_position(&senior, 90_000),
        OfferPosition::Within {
            percent_of_range: 50
        }
    );
    assert_eq!(
        offer_position(&senior, 60_000),
        OfferPosition::Below { short_by: 10_000 }
    );
    let mid = guide(US, Level::Mid);
    assert_eq!(
        offer_position(&mid, 100_000),
        OfferPosition::Within {
            percent_of_range: 45
        }
    );
    let over = offer_position(&mid, 140_000);
    assert_eq!(
        over,
        OfferPosition::AboveListed {
            over_by: 10_000,
            band_is_open: false
        }
    );
    assert_eq!(
        over.message(),
        "The ask is $10,000 over the top of the band."
    );
}

#[test]
fn budget_fit_against_the_spec() {
    let budget = Some(Budget {
        min: 60_000,
        max: 80_000,
    });
    assert_eq!(budget_fit(None, 70_000), BudgetFit::NoBudget);
    assert_eq!(budget_fit(budget, 55_000), BudgetFit::Under { by: 5_000 });
    assert_eq!(budget_fit(budget, 80_000), BudgetFit::Within);
    assert_eq!(budget_fit(budget, 92_500), BudgetFit::Over { by: 12_500 });
    assert_eq!(
        BudgetFit::Over { by: 12_500 }.message(),
        "The ask is $12,500 over the budget."
    );
    assert_eq!(
        band_floor(&guide_bands(), LATAM, Seniority::Senior),
        Some(70_000)
    );
}

#[test]
fn team_of_two_latam_seniors_and_one_us_mid() {
    let lines = [
        TeamLine {
            count: 2,
            level: Level::Senior,
            market: LATAM,
            country: None,
        },
        TeamLine {
            count: 1,
            level: Level::Mid,
            market: US,
            country: None,
        },
    ];
    let plan = plan_team(&lines, &guide_bands(), &OnCostSettings::default());
    assert_eq!(plan.headcount, 3);
    assert_eq!(plan.salary_min, 215_000);
    assert_eq!(plan.salary_max, UpperBound::Open(350_000));
    assert_eq!(plan.us_salary_min, 335_000);
    assert_eq!(plan.us_salary_max, UpperBound::Open(530_000));
    assert_eq!(plan.cost_min, 306_100);
    assert_eq!(plan.cost_max, UpperBound::Open(496_800));
    assert_eq!(plan.us_cost_min, 435_500);
    assert_eq!(plan.us_cost_max, UpperBound::Open(689_000));
    assert_eq!(plan.salary_savings.low.amount, 120_000);
    assert_eq!(money::percent(plan.salary_savings.low.percent), "36%");
    assert_eq!(plan.salary_savings.high, HighEnd::NotComparable);
    assert_eq!(plan.cost_savings.low.amount, 129_400);
    assert!(plan.missing.is_empty());
    assert_eq!(
        money::range(plan.salary_min, plan.salary_max),
        "$215,000–$350,000+"
    );
}

#[test]
fn settings_load_from_an_empty_document_and_round_trip() {
    let empty: SalarySettings = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, SalarySettings::default());
    assert_eq!(effective_bands(&empty), guide_bands());

    let mut s = SalarySettings::default();
    let mut own = BandOverride::from_band(&guide(LATAM, Level::Senior));
    own.min = 75_000;
    s.set_band(own).unwrap();
    s.on_cost_percent
        .set(CostArea::Region(Region::Mexico), 40.0)
        .unwrap();
    s.set_currency(" mxn ", 17.25).unwrap();
    let json = serde_json::to_string(&s).unwrap();
    let back: SalarySettings = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);

    let bands = effective_bands(&back);
    let edited = band_for(&bands, LATAM, Level::Senior).unwrap();
    assert_eq!(
        (edited.min, edited.max),
        (75_000, UpperBound::Open(110_000))
    );
    assert_eq!(edited.source, "Your figures");
    assert_eq!(
        band_for(&bands, US, Level::Senior).unwrap().source,
        "South, 2026 salary guide"
    );
    assert_eq!(back.local_currency().unwrap().code, "MXN");

    assert!(s.reset_band(LATAM, Level::Senior));
    assert!(!s.reset_band(LATAM, Level::Senior));
    assert_eq!(effective_bands(&s), guide_bands());
}

#[test]
fn bad_overrides_and_currencies_are_refused_with_reasons() {
    let mut s = SalarySettings::default();
    let mut bad = BandOverride::from_band(&guide(US, Level::Mid));
    bad.min = 140_000;
    let err = s.set_band(bad).unwrap_err();
    assert_eq!(
        err,
        BandError::MinAboveMax {
            min: 140_000,
            max: 130_000
        }
    );
    assert!(err.message().contains("$140,000"));
    bad.min = 0;
    bad.max = 0;
    assert_eq!(validate_override(&bad), Err(BandError::ZeroMax));
    assert!(s.overrides.is_empty());

    assert_eq!(validate_currency_code("brl"), Ok("BRL".to_string()));
    assert_eq!(validate_currency_code("R$"), Err(CurrencyError::BadCode));
    assert_eq!(validate_currency_code("EURO"), Err(CurrencyError::BadCode));
    assert_eq!(validate_rate(0.0), Err(CurrencyError::BadRate));
    assert_eq!(validate_rate(f64::INFINITY), Err(CurrencyError::BadRate));
    assert!(s.set_currency("MXN", -3.0).is_err());
    assert_eq!(s.currency, None);
}

#[test]
fn currency_conversion() {
    let pesos = convert(70_000, 17.25).unwrap();
    assert_eq!(money::local(pesos, "MXN"), "MXN 1,207,500");
    assert_eq!(convert(70_000, 0.0), None);
    assert_eq!(convert(70_000, f64::NAN), None);
    assert_eq!(convert(1, 2.5), Some(3));
}

#[test]
fn chart_puts_every_band_on_one_scale() {
    let chart = chart_rows(&guide_bands(), Some(120_000));
    assert_eq!(chart.max_value, 230_000);
    assert_eq!(chart.ask, Some(120_000));
    assert_eq!(chart.rows.len(), 6);
    let senior = &chart.rows[2];
    assert_eq!(senior.label, "Latin America, Senior");
    assert_eq!(
        (senior.min, senior.max, senior.open),
        (70_000, 110_000, true)
    );
    assert_eq!(senior.bar_end, 230_000);
    assert_eq!(chart.rows[1].bar_end, 65_000);
    assert_eq!(chart.share(115_000), 0.5);
}

fn any_band() -> impl Strategy<Value = Band> {
    (any::<u64>(), any::<u64>(), any::<bool>()).prop_map(|(min, top, open)| Band {
        market: LATAM,
        level: Level::Mid,
        min,
        max: if open {
            UpperBound::Open(top)
        } else {
            UpperBound::Closed(top)
        },
        source: "test",
    })
}

proptest! {
    #[test]
    fn offer_position_never_panics_and_stays_in_range(band in any_band(), ask in any::<u64>()) {
        if let OfferPosition::Within { percent_of_range } = offer_position(&band, ask) {
            prop_assert!(percent_of_range <= 100);
        }
    }

    #[test]
    fn cost_is_never_below_salary(salary in any::<u64>(), bp in 0u32..20_000) {
        prop_assert!(total_cost(salary, bp) >= salary);
    }

    #[test]
    fn raising_the_ask_never_moves_it_down_the_band(band in any_band(), a in any::<u64>(), b in any::<u64>()) {
        let rank = |p: OfferPosition| match p {
            OfferPosition::Below { .. } => 0u8,
            OfferPosition::Within { .. } => 1,
            OfferPosition::AboveListed { .. } => 2,
        };
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(rank(offer_position(&band, lo)) <= rank(offer_position(&band, hi)));
    }

    #[test]
    fn team_totals_ignore_line_order(counts in proptest::collection::vec((0u32..50, 0usize..3, any::<bool>()), 0..8)) {
        let lines: Vec<TeamLine> = counts
            .iter()
            .map(|&(count, l, us)| TeamLine { count, level: Level::ALL[l], market: if us { US } else { LATAM }, country: None })
            .collect();
        let mut reversed = lines.clone();
        reversed.reverse();
        let settings = OnCostSettings::default();
        let a = plan_team(&lines, &guide_bands(), &settings);
        let b = plan_team(&reversed, &guide_bands(), &settings);
        prop_assert_eq!((a.salary_min, a.salary_max, a.cost_min, a.cost_max),
                        (b.salary_min, b.salary_max, b.cost_min, b.cost_max));
        prop_assert!(a.salary_min <= a.us_salary_min);
    }

    #[test]
    fn chart_scale_covers_every_figure(bands in proptest::collection::vec(any_band(), 0..6), ask in proptest::option::of(any::<u64>())) {
        let chart = chart_rows(&bands, ask);
        for row in &chart.rows {
            prop_assert!(row.max <= chart.max_value && row.min <= chart.max_value);
            prop_assert!(row.bar_end <= chart.max_value);
        }
        prop_assert!(chart.ticks().len() <= 6);
    }

    #[test]
    fn settings_never_panic_on_any_json_object(text in "\\{[ -~]{0,40}\\}") {
        let _ = serde_json::from_str::<SalarySettings>(&text);
    }
}
