//! Team plans as the document keeps them (C4): several named plans, each a list of rows of
//! hires. A row may name a country, whose on-cost then replaces its market's average.
//!
//! Which on-cost a row uses: the chosen country's figure when that country has one of its own
//! (the user's, or a rough payroll default), else the market's figure.

use serde::{Deserialize, Serialize};

use super::cost::{default_on_cost, market_on_cost, CostArea, OnCost, OnCostSettings};
use super::team::TeamLine;
use crate::engine::candidate::RecordId;
use crate::engine::region::{Market, Region};

/// Most people one row can hold: enough for any team, small enough to stay readable.
pub const MAX_ROW_PEOPLE: u32 = 500;

/// Longest plan name kept, in characters.
pub const MAX_PLAN_NAME: usize = 120;

/// One row of a saved plan; the id keeps the row's place when two tabs edit the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedRow {
    pub id: RecordId,
    pub line: TeamLine,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedTeamPlan {
    pub id: RecordId,
    pub name: String,
    #[serde(default)]
    pub rows: Vec<PlannedRow>,
    /// Milliseconds since the Unix epoch.
    pub updated_at: u64,
}

impl SavedTeamPlan {
    pub fn new(id: RecordId, name: String, now: u64) -> SavedTeamPlan {
        SavedTeamPlan {
            id,
            name,
            rows: Vec::new(),
            updated_at: now,
        }
    }

    pub fn lines(&self) -> Vec<TeamLine> {
        self.rows.iter().map(|r| r.line).collect()
    }

    /// The name a list shows: "Untitled plan" when blank.
    pub fn display_name(&self) -> &str {
        match self.name.trim() {
            "" => "Untitled plan",
            name => name,
        }
    }
}

/// The name for a new plan: "Team plan N", the first N not taken.
pub fn next_plan_name(plans: &[SavedTeamPlan]) -> String {
    (1..)
        .map(|n| format!("Team plan {n}"))
        .find(|name| plans.iter().all(|p| p.name != *name))
        .unwrap_or_default()
}

/// The countries of a market that have an on-cost of their own (the user's or a rough default).
pub fn countries_with_on_cost(market: Market, on_costs: &OnCostSettings) -> Vec<Region> {
    Region::ALL
        .into_iter()
        .filter(|r| r.market() == market)
        .filter(|&r| {
            default_on_cost(r) != market_on_cost(market)
                || on_costs
                    .entries
                    .iter()
                    .any(|e| e.area == CostArea::Region(r))
        })
        .collect()
}

/// The on-cost a row uses, and what it is for ("Brazil", "Latin America average").
#[derive(Clone, Debug, PartialEq)]
pub struct RowOnCost {
    pub on_cost: OnCost,
    pub basis: String,
}

impl RowOnCost {
    /// "on-cost 39.11% · Brazil".
    pub fn describe(&self) -> String {
        format!("on-cost {}% · {}", self.on_cost.percent(), self.basis)
    }
}

pub fn row_on_cost(line: &TeamLine, on_costs: &OnCostSettings) -> RowOnCost {
    match line.country {
        Some(country) if countries_with_on_cost(line.market, on_costs).contains(&country) => {
            RowOnCost {
                on_cost: on_costs.for_region(country),
                basis: country.label().to_string(),
            }
        }
        _ => RowOnCost {
            on_cost: on_costs.for_market(line.market),
            basis: format!("{} average", line.market.label()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::salary::Level;

    fn line(market: Market, country: Option<Region>) -> TeamLine {
        TeamLine {
            count: 1,
            level: Level::Mid,
            market,
            country,
        }
    }

    #[test]
    fn a_row_uses_its_country_figure_when_one_is_known() {
        let s = OnCostSettings::default();
        let brazil = row_on_cost(&line(Market::LatinAmerica, Some(Region::Brazil)), &s);
        assert_eq!(brazil.on_cost.basis_points, 3_911);
        assert_eq!(brazil.describe(), "on-cost 39.11% · Brazil");
        let average = row_on_cost(&line(Market::LatinAmerica, None), &s);
        assert_eq!(average.describe(), "on-cost 49% · Latin America average");
        // Chile has no figure of its own; a country from another market does not apply.
        let chile = row_on_cost(&line(Market::LatinAmerica, Some(Region::Chile)), &s);
        assert_eq!(chile.basis, "Latin America average");
        let wrong = row_on_cost(&line(Market::UnitedStates, Some(Region::Mexico)), &s);
        assert_eq!(wrong.describe(), "on-cost 30% · United States average");
    }

    #[test]
    fn the_users_country_figure_wins_and_makes_the_country_selectable() {
        let mut s = OnCostSettings::default();
        let known = countries_with_on_cost(Market::LatinAmerica, &s);
        assert_eq!(
            known,
            vec![
                Region::Mexico,
                Region::Colombia,
                Region::Peru,
                Region::Argentina,
                Region::Brazil
            ]
        );
        assert!(countries_with_on_cost(Market::UnitedStates, &s).is_empty());
        s.set(CostArea::Region(Region::Chile), 32.0).unwrap();
        s.set(CostArea::Region(Region::Brazil), 45.0).unwrap();
        assert!(countries_with_on_cost(Market::LatinAmerica, &s).contains(&Region::Chile));
        let chile = row_on_cost(&line(Market::LatinAmerica, Some(Region::Chile)), &s);
        assert_eq!(chile.describe(), "on-cost 32% · Chile");
        let brazil = row_on_cost(&line(Market::LatinAmerica, Some(Region::Brazil)), &s);
        assert_eq!(brazil.on_cost.basis_points, 4_500);
    }

    #[test]
    fn new_plans_get_the_first_free_number() {
        let mut plans = vec![SavedTeamPlan::new("a".into(), "Team plan 1".into(), 0)];
        assert_eq!(next_plan_name(&plans), "Team plan 2");
        plans[0].name = "Q3 hires".into();
        assert_eq!(next_plan_name(&plans), "Team plan 1");
        plans[0].name = "  ".into();
        assert_eq!(plans[0].display_name(), "Untitled plan");
    }
}
