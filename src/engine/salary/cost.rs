//! Employer on-costs and total employment cost (feature C2).
//!
//! Formulas (see the module header of `salary` for the rounding rule):
//! - total cost = round(salary x (10,000 + on-cost bp) / 10,000), 1% = 100 basis points.
//!
//! Default on-costs (each one the user can change):
//! - United States 30%: total cost is commonly 1.25-1.4x salary (Deel, Oyster and Remote
//!   employer-cost guides); 30% sits inside that range.
//! - Latin America 49%: regional average of non-wage labour costs (Inter-American Development
//!   Bank, 2017); Argentina and Peru about 70% from the same study.
//! - Rough country figures from payroll guides: Mexico 36%; Colombia 20.5% = pension 12% +
//!   health 8.5% (risk insurance and levies come on top and are not counted); Brazil 39.11% =
//!   INSS 20% + FGTS 8% + 13th salary 8.33% (one month in twelve) + vacation bonus 2.78% (a
//!   third of one month, spread over twelve).
//!
//! Which on-cost a region gets: the user's figure for that country, else the country's rough
//! default, else the market figure (the user's, else the market default).

use serde::{Deserialize, Serialize};

use super::{clamp_u64, div_round, UpperBound, YOUR_FIGURES};
use crate::engine::region::{Market, Region};

const EMPLOYER_GUIDES: &str = "Deel, Oyster and Remote employer-cost guides";
const IDB: &str = "Inter-American Development Bank, 2017";
const PAYROLL_GUIDES: &str = "Country payroll guides (rough default)";

/// Employer cost on top of salary, in basis points (100 bp = 1%).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnCost {
    pub basis_points: u32,
    pub source: &'static str,
    pub note: &'static str,
}

impl OnCost {
    pub fn percent(&self) -> f64 {
        f64::from(self.basis_points) / 100.0
    }
}

const fn on_cost(basis_points: u32, source: &'static str, note: &'static str) -> OnCost {
    OnCost {
        basis_points,
        source,
        note,
    }
}

/// The documented default for a whole market.
pub fn market_on_cost(market: Market) -> OnCost {
    match market {
        Market::UnitedStates => on_cost(
            3_000,
            EMPLOYER_GUIDES,
            "Employers commonly pay 1.25-1.4x salary in total; 30% sits in that range. The \
             statutory share alone is FICA 7.65% plus FUTA 0.6% of the first $7,000.",
        ),
        Market::LatinAmerica => on_cost(
            4_900,
            IDB,
            "Average non-wage labour cost across the region; countries vary widely.",
        ),
    }
}

/// The default on-cost for one country or US time zone.
pub fn default_on_cost(region: Region) -> OnCost {
    match region {
        Region::Mexico => on_cost(
            3_600,
            PAYROLL_GUIDES,
            "Rough: IMSS, INFONAVIT 5%, state payroll tax and the aguinaldo bonus.",
        ),
        Region::Colombia => on_cost(
            2_050,
            PAYROLL_GUIDES,
            "Rough: pension 12% plus health 8.5%. Risk insurance and levies add more and are \
             not counted here.",
        ),
        Region::Brazil => on_cost(
            3_911,
            PAYROLL_GUIDES,
            "Rough: INSS 20% + FGTS 8% + 13th salary 8.33% + vacation bonus 2.78%. The IDB's \
             wider measure puts Brazil near 70%.",
        ),
        Region::Argentina | Region::Peru => on_cost(
            7_000,
            IDB,
            "Among the highest non-wage labour costs in the region, about 70% of wages.",
        ),
        other => market_on_cost(other.market()),
    }
}

/// What an on-cost figure applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostArea {
    Market(Market),
    Region(Region),
}

/// A user's own on-cost percentage for a market or a country.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OnCostOverride {
    pub area: CostArea,
    pub percent: f64,
}

/// The user's on-cost figures (stored with the salary settings).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OnCostSettings {
    pub entries: Vec<OnCostOverride>,
}

/// Why an on-cost figure was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnCostError {
    /// Not a number, below 0% or above 200%.
    OutOfRange,
}

impl OnCostError {
    pub fn message(self) -> &'static str {
        match self {
            OnCostError::OutOfRange => "Enter an on-cost from 0% to 200% of salary.",
        }
    }
}

/// Highest on-cost accepted: 200% of salary.
const MAX_PERCENT: f64 = 200.0;

/// A percentage from 0 to 200 as basis points, or `None`.
fn to_basis_points(percent: f64) -> Option<u32> {
    if percent.is_finite() && (0.0..=MAX_PERCENT).contains(&percent) {
        Some((percent * 100.0 + 0.5).floor() as u32)
    } else {
        None
    }
}

impl OnCostSettings {
    fn user(&self, area: CostArea) -> Option<OnCost> {
        self.entries
            .iter()
            .rev()
            .find(|e| e.area == area)
            .and_then(|e| to_basis_points(e.percent))
            .map(|bp| on_cost(bp, YOUR_FIGURES, ""))
    }

    pub fn for_market(&self, market: Market) -> OnCost {
        self.user(CostArea::Market(market))
            .unwrap_or_else(|| market_on_cost(market))
    }

    pub fn for_region(&self, region: Region) -> OnCost {
        if let Some(own) = self.user(CostArea::Region(region)) {
            return own;
        }
        let default = default_on_cost(region);
        if default == market_on_cost(region.market()) {
            self.for_market(region.market())
        } else {
            default
        }
    }

    /// Store a figure, replacing any earlier one for the same area.
    pub fn set(&mut self, area: CostArea, percent: f64) -> Result<(), OnCostError> {
        if to_basis_points(percent).is_none() {
            return Err(OnCostError::OutOfRange);
        }
        self.reset(area);
        self.entries.push(OnCostOverride { area, percent });
        Ok(())
    }

    /// Back to the documented default for that area.
    pub fn reset(&mut self, area: CostArea) {
        self.entries.retain(|e| e.area != area);
    }
}

/// Salary plus on-cost, rounded half up to whole dollars.
pub fn total_cost(salary: u64, on_cost_bp: u32) -> u64 {
    let scaled = u128::from(salary) * (10_000 + u128::from(on_cost_bp));
    clamp_u64(div_round(scaled, 10_000))
}

/// Total cost of a band top, keeping it open if it was open.
pub fn total_cost_bound(salary: UpperBound, on_cost_bp: u32) -> UpperBound {
    salary.map(|s| total_cost(s, on_cost_bp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_defaults_win_over_the_market_unless_the_user_sets_one() {
        let mut s = OnCostSettings::default();
        assert_eq!(s.for_region(Region::Mexico).basis_points, 3_600);
        assert_eq!(s.for_region(Region::Chile).basis_points, 4_900);
        s.set(CostArea::Market(Market::LatinAmerica), 40.0).unwrap();
        assert_eq!(s.for_region(Region::Chile).basis_points, 4_000);
        assert_eq!(s.for_region(Region::Mexico).basis_points, 3_600);
        s.set(CostArea::Region(Region::Mexico), 33.5).unwrap();
        assert_eq!(s.for_region(Region::Mexico).basis_points, 3_350);
        assert_eq!(s.for_region(Region::Mexico).source, YOUR_FIGURES);
        s.reset(CostArea::Region(Region::Mexico));
        assert_eq!(s.for_region(Region::Mexico).basis_points, 3_600);
    }

    #[test]
    fn bad_percentages_are_refused_and_stored_ones_ignored() {
        let mut s = OnCostSettings::default();
        assert!(s
            .set(CostArea::Market(Market::UnitedStates), f64::NAN)
            .is_err());
        assert!(s.set(CostArea::Market(Market::UnitedStates), -1.0).is_err());
        assert!(s
            .set(CostArea::Market(Market::UnitedStates), 250.0)
            .is_err());
        s.entries.push(OnCostOverride {
            area: CostArea::Market(Market::UnitedStates),
            percent: f64::INFINITY,
        });
        assert_eq!(s.for_market(Market::UnitedStates).basis_points, 3_000);
    }

    #[test]
    fn total_cost_rounds_half_up_and_saturates() {
        assert_eq!(total_cost(1, 5_000), 2); // 1.5 -> 2
        assert_eq!(total_cost(100_000, 3_000), 130_000);
        assert_eq!(total_cost(u64::MAX, 3_000), u64::MAX);
    }
}
