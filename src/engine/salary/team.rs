//! Team planner: a mix of hires by level and market, its annual total and the savings against
//! the same team hired in the US (C4).
//!
//! Formulas (rounding: half up, see `salary`):
//! - line salary = count x band min .. count x band max (the max keeps the band's open flag);
//! - line cost = total cost of the line salary with the line's on-cost: its country's figure
//!   when it names a country that has one, else its market's (see `team_plan::row_on_cost`);
//! - plan = sum of the lines; a top is open when any line's top is open;
//! - the US plan puts every line on the US band of the same level with the US on-cost;
//! - savings compare plan and US plan the way `Savings::between` does.
//!
//! A line is left out (and listed in `missing`) when `bands` has no band for it or no US band of
//! its level, so both totals always cover the same people.

use serde::{Deserialize, Serialize};

use super::cost::{total_cost, total_cost_bound, OnCostSettings};
use super::savings::Savings;
use super::team_plan::row_on_cost;
use super::{band_for, Band, Level, UpperBound};
use crate::engine::region::{Market, Region};

/// `count` hires at one level in one market, maybe in one country of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamLine {
    pub count: u32,
    pub level: Level,
    pub market: Market,
    /// The country whose on-cost applies; `None` uses the market's average.
    #[serde(default)]
    pub country: Option<Region>,
}

impl TeamLine {
    /// A new row: one mid-level hire in Latin America.
    pub const FIRST: TeamLine = TeamLine {
        count: 1,
        level: Level::Mid,
        market: Market::LatinAmerica,
        country: None,
    };
}

/// Annual figures for a team in USD, beside the same team hired in the US.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamPlan {
    pub headcount: u64,
    pub salary_min: u64,
    pub salary_max: UpperBound,
    pub cost_min: u64,
    pub cost_max: UpperBound,
    pub us_salary_min: u64,
    pub us_salary_max: UpperBound,
    pub us_cost_min: u64,
    pub us_cost_max: UpperBound,
    pub salary_savings: Savings,
    pub cost_savings: Savings,
    /// Lines without a band (or without a US band to compare): not in the totals.
    pub missing: Vec<TeamLine>,
}

/// Running totals for one side of the comparison.
#[derive(Clone, Copy)]
struct Totals {
    salary_min: u64,
    salary_max: UpperBound,
    cost_min: u64,
    cost_max: UpperBound,
}

impl Totals {
    const ZERO: Totals = Totals {
        salary_min: 0,
        salary_max: UpperBound::Closed(0),
        cost_min: 0,
        cost_max: UpperBound::Closed(0),
    };

    fn add(&mut self, count: u32, band: &Band, on_cost_bp: u32) {
        let n = u64::from(count);
        let min = band.min.saturating_mul(n);
        let max = band.max.map(|v| v.saturating_mul(n));
        self.salary_min = self.salary_min.saturating_add(min);
        self.salary_max = self.salary_max.plus(max);
        self.cost_min = self.cost_min.saturating_add(total_cost(min, on_cost_bp));
        self.cost_max = self.cost_max.plus(total_cost_bound(max, on_cost_bp));
    }
}

/// Totals for a team mix, and for the same mix in the US.
pub fn plan_team(lines: &[TeamLine], bands: &[Band], on_costs: &OnCostSettings) -> TeamPlan {
    let us_bp = on_costs.for_market(Market::UnitedStates).basis_points;
    let mut here = Totals::ZERO;
    let mut us = Totals::ZERO;
    let mut headcount: u64 = 0;
    let mut missing = Vec::new();
    for line in lines.iter().filter(|l| l.count > 0) {
        let own = band_for(bands, line.market, line.level);
        let us_band = band_for(bands, Market::UnitedStates, line.level);
        let (Some(own), Some(us_band)) = (own, us_band) else {
            missing.push(*line);
            continue;
        };
        let bp = row_on_cost(line, on_costs).on_cost.basis_points;
        here.add(line.count, own, bp);
        us.add(line.count, us_band, us_bp);
        headcount = headcount.saturating_add(u64::from(line.count));
    }
    TeamPlan {
        headcount,
        salary_min: here.salary_min,
        salary_max: here.salary_max,
        cost_min: here.cost_min,
        cost_max: here.cost_max,
        us_salary_min: us.salary_min,
        us_salary_max: us.salary_max,
        us_cost_min: us.cost_min,
        us_cost_max: us.cost_max,
        salary_savings: Savings::between(
            here.salary_min,
            here.salary_max,
            us.salary_min,
            us.salary_max,
        ),
        cost_savings: Savings::between(here.cost_min, here.cost_max, us.cost_min, us.cost_max),
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::super::guide_bands;
    use super::*;

    #[test]
    fn an_empty_team_costs_nothing() {
        let plan = plan_team(&[], &guide_bands(), &OnCostSettings::default());
        assert_eq!(plan.salary_max, UpperBound::Closed(0));
        assert_eq!(plan.headcount, 0);
        assert_eq!(plan.salary_savings, Savings::NONE);
    }

    #[test]
    fn a_line_without_a_band_is_listed_not_counted() {
        let line = TeamLine {
            count: 3,
            ..TeamLine::FIRST
        };
        let plan = plan_team(&[line], &[], &OnCostSettings::default());
        assert_eq!(plan.missing, vec![line]);
        assert_eq!(plan.salary_min, 0);
    }

    #[test]
    fn a_country_changes_the_rows_total_cost_but_not_the_us_side() {
        let bands = guide_bands();
        let settings = OnCostSettings::default();
        let average = TeamLine {
            level: Level::Senior,
            ..TeamLine::FIRST
        };
        let brazil = TeamLine {
            country: Some(Region::Brazil),
            ..average
        };
        let a = plan_team(&[average], &bands, &settings);
        let b = plan_team(&[brazil], &bands, &settings);
        // Senior Latin America from $70,000: 49% on average, 39.11% in Brazil.
        assert_eq!(a.cost_min, 104_300);
        assert_eq!(b.cost_min, 97_377);
        assert_eq!(a.salary_min, b.salary_min);
        assert_eq!(a.us_cost_min, b.us_cost_min);
    }
}
