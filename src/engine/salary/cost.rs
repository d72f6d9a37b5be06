//! Employer on-costs, total employment cost and savings against the US (feature C2).
//!
//! Formulas (see the module header of `salary` for the rounding rule):
//! - total cost = round(salary x (10,000 + on-cost bp) / 10,000), 1% = 100 basis points.
//! - low-end saving = US min - region min; high-end saving = US max - region max when both tops
//!   are closed, else not comparable; percent = saving / US figure x 100 (0 when the US figure
//!   is 0). A negative saving means the region pays more.
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

use super::{clamp_u64, div_round, Band, UpperBound, YOUR_FIGURES};
use crate::engine::money;
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

/// How much less than the US figure a region pays (negative: it pays more).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Saving {
    pub amount: i64,
    pub percent: f64,
}

impl Saving {
    pub const ZERO: Saving = Saving {
        amount: 0,
        percent: 0.0,
    };

    pub fn of(us: u64, here: u64) -> Saving {
        let diff = i128::from(us) - i128::from(here);
        let amount = i64::try_from(diff).unwrap_or(if diff < 0 { i64::MIN } else { i64::MAX });
        let percent = if us == 0 {
            0.0
        } else {
            diff as f64 / us as f64 * 100.0
        };
        Saving { amount, percent }
    }

    fn describe(&self, at: &str) -> String {
        let dollars = money::usd(self.amount.unsigned_abs());
        let pct = money::percent(self.percent.abs());
        match self.amount {
            0 => format!("the same as the US {at}"),
            a if a > 0 => format!("{pct} below the US {at} ({dollars} a year less)"),
            _ => format!("{pct} above the US {at} ({dollars} a year more)"),
        }
    }
}

/// The top of the comparison: a saving, or no fair comparison because a top is open.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HighEnd {
    Comparable(Saving),
    /// At least one top is open, so the guide gives no figure to compare.
    NotComparable,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Savings {
    pub low: Saving,
    pub high: HighEnd,
}

impl Savings {
    pub const NONE: Savings = Savings {
        low: Saving::ZERO,
        high: HighEnd::Comparable(Saving::ZERO),
    };

    /// Compare a range with the US range for the same hires.
    pub fn between(min: u64, max: UpperBound, us_min: u64, us_max: UpperBound) -> Savings {
        let high = match (max, us_max) {
            (UpperBound::Closed(here), UpperBound::Closed(us)) => {
                HighEnd::Comparable(Saving::of(us, here))
            }
            _ => HighEnd::NotComparable,
        };
        Savings {
            low: Saving::of(us_min, min),
            high,
        }
    }

    pub fn message(&self) -> String {
        let low = self.low.describe("at the bottom of the band");
        let high = match self.high {
            HighEnd::Comparable(s) => s.describe("at the top"),
            HighEnd::NotComparable => {
                "the tops cannot be compared, because the guide sets no ceiling".to_string()
            }
        };
        format!("Pay is {low}; {high}.")
    }
}

/// Savings of a band against the US band of the same level (zero for the US itself).
pub fn savings(band: &Band, us: &Band) -> Savings {
    if band.market == Market::UnitedStates {
        return Savings::NONE;
    }
    Savings::between(band.min, band.max, us.min, us.max)
}

/// Savings for a market and level, looked up in `bands`.
pub fn savings_for(bands: &[Band], market: Market, level: super::Level) -> Option<Savings> {
    let here = super::band_for(bands, market, level)?;
    let us = super::band_for(bands, Market::UnitedStates, level)?;
    Some(savings(here, us))
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

    #[test]
    fn saving_of_extremes_does_not_overflow() {
        assert_eq!(Saving::of(0, u64::MAX).amount, i64::MIN);
        assert_eq!(Saving::of(u64::MAX, 0).amount, i64::MAX);
        assert_eq!(Saving::of(0, 5).percent, 0.0);
    }
}
