//! Salary bands, employment cost, offer checks, team plans, own figures and chart data
//! (features C1-C7).
//!
//! Bands are annual USD figures per market and level, from the South, 2026 salary guide. The top
//! of a senior band is published open ("110,000+"): [`UpperBound::Open`] keeps the listed figure
//! and the fact that pay goes above it. Nothing here ever treats an open top as a cap.
//!
//! Formulas (all money is whole US dollars in `u64`; sums and products saturate, never panic):
//! - Rounding rule, used everywhere a division happens: round half up to the whole unit
//!   (`(n + d / 2) / d` on integers), so $0.50 becomes $1 and 12.5% becomes 13%.
//! - Savings against the US band of the same level (`Savings`):
//!   low-end saving = US min - region min; high-end saving = US max - region max, only when
//!   both tops are closed; otherwise the high end is `HighEnd::NotComparable`. Each saving's
//!   percent = saving / the US figure x 100. Against the US market itself, savings are zero.
//! - Total employment cost = salary x (1 + on-cost %), with the on-cost held in basis points
//!   (1% = 100 bp): cost = round(salary x (10,000 + bp) / 10,000).
//! - Position in band = (ask - min) / (listed max - min) x 100, for an ask from min to the
//!   listed max (a band with min = max reads 50). Below min: short by min - ask. Above the
//!   listed max: over by ask - max, and for an open band that means "past the listed figure",
//!   not "over a ceiling".
//! - Team plan: each line's salary = count x band figure; line cost = total cost of that line
//!   salary with its market's on-cost; the plan sums the lines. A top is open if any line's is.
//!   The same team all in the US uses US bands and the US on-cost.
//! - Chart scale max = 1.15 x the largest figure shown (bands and ask), rounded up to the next
//!   $10,000; open bars run to the scale max.

mod chart;
mod cost;
mod offer;
mod savings;
mod settings;
mod team;
mod team_plan;

pub use chart::{chart_rows, ChartRow, ChartScale};
pub use cost::{
    default_on_cost, market_on_cost, total_cost, total_cost_bound, CostArea, OnCost, OnCostError,
    OnCostOverride, OnCostSettings,
};
pub use offer::{budget_fit, likely_typo, offer_position, BudgetFit, LikelyTypo, OfferPosition};
pub use savings::{savings, savings_for, HighEnd, Saving, Savings};
pub use settings::{
    convert, effective_bands, validate_currency_code, validate_override, validate_rate, BandError,
    BandOverride, CurrencyError, LocalCurrency, SalarySettings,
};
pub use team::{plan_team, TeamLine, TeamPlan};
pub use team_plan::{
    countries_with_on_cost, next_plan_name, row_on_cost, PlannedRow, RowOnCost, SavedTeamPlan,
    MAX_PLAN_NAME, MAX_ROW_PEOPLE,
};

use serde::{Deserialize, Serialize};

use super::region::Market;
use super::role::Seniority;

/// How the salary guide names its bands.
pub const SOUTH_2026: &str = "South, 2026 salary guide";
/// The source shown on a band the user has edited.
pub const YOUR_FIGURES: &str = "Your figures";
/// Average US backend developer salary per year, as Trio reports it.
pub const US_AVERAGE: u64 = 102_900;
pub const US_AVERAGE_SOURCE: &str = "Trio";

/// The three pay levels the salary guide publishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Entry,
    Mid,
    Senior,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Entry, Level::Mid, Level::Senior];

    /// Staff and lead roles have no band of their own, so they read the senior one.
    pub fn from_seniority(seniority: Seniority) -> Level {
        match seniority {
            Seniority::Junior => Level::Entry,
            Seniority::Mid => Level::Mid,
            Seniority::Senior | Seniority::Staff => Level::Senior,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Level::Entry => "Entry",
            Level::Mid => "Mid-level",
            Level::Senior => "Senior",
        }
    }
}

/// The top of a band: a closed figure, or a listed figure that pay goes beyond ("110,000+").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UpperBound {
    Closed(u64),
    /// The listed figure; the band is open above it.
    Open(u64),
}

impl UpperBound {
    /// The listed figure, whether or not the band is open above it.
    pub fn figure(self) -> u64 {
        match self {
            UpperBound::Closed(v) | UpperBound::Open(v) => v,
        }
    }

    pub fn is_open(self) -> bool {
        matches!(self, UpperBound::Open(_))
    }

    /// The same kind of bound around a new figure.
    pub fn map(self, f: impl FnOnce(u64) -> u64) -> UpperBound {
        match self {
            UpperBound::Closed(v) => UpperBound::Closed(f(v)),
            UpperBound::Open(v) => UpperBound::Open(f(v)),
        }
    }

    /// Sum of two tops: open if either is open.
    pub fn plus(self, other: UpperBound) -> UpperBound {
        let sum = self.figure().saturating_add(other.figure());
        if self.is_open() || other.is_open() {
            UpperBound::Open(sum)
        } else {
            UpperBound::Closed(sum)
        }
    }
}

/// One published (or user-edited) band: annual USD for a market and level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Band {
    pub market: Market,
    pub level: Level,
    pub min: u64,
    pub max: UpperBound,
    pub source: &'static str,
}

impl Band {
    /// "Latin America, Senior".
    pub fn label(&self) -> String {
        format!("{}, {}", self.market.label(), self.level.label())
    }

    /// Whether the band is the guide's own (not the user's figures).
    pub fn is_default(&self) -> bool {
        self.source != YOUR_FIGURES
    }
}

const fn south(market: Market, level: Level, min: u64, max: UpperBound) -> Band {
    Band {
        market,
        level,
        min,
        max,
        source: SOUTH_2026,
    }
}

/// The guide's bands, exactly as published (Latin America figures are for 2026).
pub fn guide_bands() -> Vec<Band> {
    use Level::{Entry, Mid, Senior};
    use Market::{LatinAmerica as Latam, UnitedStates as Us};
    use UpperBound::{Closed, Open};
    vec![
        south(Latam, Entry, 22_000, Closed(32_000)),
        south(Latam, Mid, 38_000, Closed(65_000)),
        south(Latam, Senior, 70_000, Open(110_000)),
        south(Us, Entry, 45_000, Closed(75_000)),
        south(Us, Mid, 75_000, Closed(130_000)),
        south(Us, Senior, 130_000, Open(200_000)),
    ]
}

/// The band for a market and level, if the list has one.
pub fn band_for(bands: &[Band], market: Market, level: Level) -> Option<&Band> {
    bands
        .iter()
        .find(|b| b.market == market && b.level == level)
}

/// The lowest figure of the band a role's seniority reads (for budget warnings on a spec).
pub fn band_floor(bands: &[Band], market: Market, seniority: Seniority) -> Option<u64> {
    band_for(bands, market, Level::from_seniority(seniority)).map(|b| b.min)
}

/// Integer division rounded half up: the one rounding rule of this module.
pub(crate) fn div_round(numerator: u128, denominator: u128) -> u128 {
    if denominator == 0 {
        return 0;
    }
    numerator.saturating_add(denominator / 2) / denominator
}

/// A `u128` result clamped into `u64`.
pub(crate) fn clamp_u64(v: u128) -> u64 {
    u64::try_from(v).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_reads_the_senior_band() {
        assert_eq!(Level::from_seniority(Seniority::Staff), Level::Senior);
        assert_eq!(Level::from_seniority(Seniority::Junior), Level::Entry);
        assert_eq!(Level::from_seniority(Seniority::Mid), Level::Mid);
    }

    #[test]
    fn open_tops_stay_open_when_added() {
        let sum = UpperBound::Closed(10).plus(UpperBound::Open(5));
        assert_eq!(sum, UpperBound::Open(15));
        assert_eq!(
            UpperBound::Closed(u64::MAX).plus(UpperBound::Closed(1)),
            UpperBound::Closed(u64::MAX)
        );
    }

    #[test]
    fn rounding_is_half_up() {
        assert_eq!(div_round(5, 10), 1);
        assert_eq!(div_round(4, 10), 0);
        assert_eq!(div_round(15, 10), 2);
        assert_eq!(div_round(7, 0), 0);
    }

    #[test]
    fn floor_follows_the_seniority_mapping() {
        let bands = guide_bands();
        assert_eq!(
            band_floor(&bands, Market::LatinAmerica, Seniority::Staff),
            Some(70_000)
        );
        assert_eq!(
            band_floor(&bands, Market::UnitedStates, Seniority::Junior),
            Some(45_000)
        );
        assert_eq!(band_floor(&[], Market::UnitedStates, Seniority::Mid), None);
    }
}
