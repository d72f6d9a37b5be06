//! Savings against the US band of the same level, for one band or a whole team (feature C2).
//!
//! Formulas:
//! - low-end saving = US min - region min;
//! - high-end saving = US max - region max, only when both tops are closed; when either top is
//!   open the high end is `HighEnd::NotComparable`, never a made-up number;
//! - percent = saving / the US figure x 100 (0 when the US figure is 0);
//! - a negative saving means the region pays more; against the US itself, savings are zero.

use super::{band_for, Band, Level, UpperBound};
use crate::engine::money;
use crate::engine::region::Market;

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
pub fn savings_for(bands: &[Band], market: Market, level: Level) -> Option<Savings> {
    let here = band_for(bands, market, level)?;
    let us = band_for(bands, Market::UnitedStates, level)?;
    Some(savings(here, us))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saving_of_extremes_does_not_overflow() {
        assert_eq!(Saving::of(0, u64::MAX).amount, i64::MIN);
        assert_eq!(Saving::of(u64::MAX, 0).amount, i64::MAX);
        assert_eq!(Saving::of(0, 5).percent, 0.0);
    }

    #[test]
    fn a_dearer_region_reads_as_more_not_as_a_saving() {
        let s = Savings::between(120, UpperBound::Closed(200), 100, UpperBound::Closed(200));
        assert_eq!(s.low.amount, -20);
        assert_eq!(
            s.message(),
            "Pay is 20% above the US at the bottom of the band ($20 a year more); the same as \
             the US at the top."
        );
    }
}
