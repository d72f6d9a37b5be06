//! Advice about a valid spec (R6): things that are allowed but probably not what the team means.
//!
//! Salary bands belong to the salary module, so the budget check takes the band floor as a
//! function `(market, level) -> Option<floor in USD>` from the caller.

use std::collections::BTreeSet;

use crate::engine::competency::Competency;
use crate::engine::money::thousands;
use crate::engine::region::{Market, Region};
use crate::engine::role::{AiTier, RoleSpec, Seniority};

/// Junior roles with more gates than this rarely find anyone who passes all of them.
pub const JUNIOR_MAX_MUST_HAVES: usize = 2;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    ManyMustHavesForJunior { count: usize },
    MustHaveWithoutWeight(Competency),
    BudgetBelowBand { market: Market, floor: u32 },
    OverlapImpossible { region: Region, possible: u8 },
    YearsOutsideLevel,
    AllWeightsZero,
    AiNativeForJunior,
}

/// One piece of advice, with the sentence shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecWarning {
    pub kind: WarningKind,
    pub message: String,
}

/// Every warning for the spec, in a stable order.
pub fn warnings(
    spec: &RoleSpec,
    band_floor: &dyn Fn(Market, Seniority) -> Option<u32>,
) -> Vec<SpecWarning> {
    let mut out = Vec::new();
    let mut warn = |kind, message: String| out.push(SpecWarning { kind, message });
    let junior = spec.seniority == Seniority::Junior;

    let must_haves = spec.must_haves().count();
    if junior && must_haves > JUNIOR_MAX_MUST_HAVES {
        warn(
            WarningKind::ManyMustHavesForJunior { count: must_haves },
            format!(
                "{must_haves} must-haves is a lot for a junior role: few early-career developers \
                 clear that many gates. Keep {JUNIOR_MAX_MUST_HAVES} at most and make the rest nice-to-haves."
            ),
        );
    }
    for req in spec
        .competencies
        .iter()
        .filter(|r| r.must_have && r.weight == 0)
    {
        warn(
            WarningKind::MustHaveWithoutWeight(req.competency),
            format!(
                "{} is a must-have but has weight 0, so no interview question will cover it. \
                 Give it some weight or drop the must-have.",
                req.competency.label()
            ),
        );
    }
    if spec.total_weight() == 0 {
        warn(
            WarningKind::AllWeightsZero,
            "Every competency has weight 0: give weight to what matters so the kit and the \
             scores have something to measure."
                .to_string(),
        );
    }

    if let Some(budget) = spec.budget {
        let markets: BTreeSet<Market> = spec.regions.iter().map(|r| r.market()).collect();
        for market in markets {
            if let Some(floor) = band_floor(market, spec.seniority) {
                if budget.max < floor {
                    warn(
                        WarningKind::BudgetBelowBand { market, floor },
                        format!(
                            "The budget tops out at ${} a year, below the usual floor of ${} for a \
                             {} developer in {}. Expect few candidates at this level.",
                            thousands(u64::from(budget.max)),
                            thousands(u64::from(floor)),
                            spec.seniority.label().to_lowercase(),
                            market.label()
                        ),
                    );
                }
            }
        }
    }

    for &region in &spec.regions {
        let possible = region.overlap_hours(spec.team_region);
        if possible < spec.min_overlap_hours {
            warn(
                WarningKind::OverlapImpossible { region, possible },
                format!(
                    "{} shares at most {possible} working hours with a team in {}, fewer than the \
                     {} hours asked for. Lower the overlap or drop the region.",
                    region.label(),
                    spec.team_region.label(),
                    spec.min_overlap_hours
                ),
            );
        }
    }

    let (low, high) = spec.seniority.typical_years();
    let below = spec.max_years.is_some_and(|max| max < low);
    let above = high.is_some_and(|high| spec.min_years > high);
    if below || above {
        let range = match high {
            Some(high) => format!("{low}-{high} years"),
            None => format!("{low}+ years"),
        };
        warn(
            WarningKind::YearsOutsideLevel,
            format!(
                "The experience asked for does not match the level: {} roles usually mean {range}.",
                spec.seniority.label()
            ),
        );
    }

    if junior && spec.ai_tier == AiTier::Native {
        warn(
            WarningKind::AiNativeForJunior,
            "AI Native (agent-driven work across the whole lifecycle) is rare in junior \
             developers; AI Enabled is a realistic bar."
                .to_string(),
        );
    }
    out
}
