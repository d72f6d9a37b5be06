//! Offer check: where a candidate's ask sits in a band and against a spec's budget (C3).
//!
//! Formulas (rounding: half up, see `salary`):
//! - ask < min: `Below { short_by: min - ask }`.
//! - min <= ask <= listed max: `Within { percent_of_range: round((ask - min) x 100 /
//!   (max - min)) }`, 0 at the bottom, 100 at the listed top; a band with min = max reads 50.
//! - ask > listed max: `AboveListed { over_by: ask - max, band_is_open }`. For an open band this
//!   only says the ask is past the figure the guide lists: the guide sets no ceiling.
//! - Likely typo: an ask under half the lowest band bottom, or over 3x the highest listed
//!   figure of any band, is flagged (a monthly figure, a missing or extra zero). It is still
//!   checked as entered: the flag only asks the user to look again.
//! - Budget: a budget whose min exceeds its max is read with the two swapped. Under when
//!   ask < min, Over when ask > max, else Within.

use super::{div_round, Band};
use crate::engine::money;
use crate::engine::role::Budget;

/// Where an ask sits relative to a band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferPosition {
    Below {
        short_by: u64,
    },
    /// 0 = the band's bottom, 100 = its listed top.
    Within {
        percent_of_range: u8,
    },
    /// Past the listed top; for an open band that is not past a ceiling.
    AboveListed {
        over_by: u64,
        band_is_open: bool,
    },
}

impl OfferPosition {
    pub fn message(&self) -> String {
        match *self {
            OfferPosition::Below { short_by } => format!(
                "The ask is {} under the bottom of the band.",
                money::usd(short_by)
            ),
            OfferPosition::Within { percent_of_range } => format!(
                "The ask is inside the band, {percent_of_range}% of the way from its bottom to \
                 its listed top."
            ),
            OfferPosition::AboveListed {
                over_by,
                band_is_open: true,
            } => format!(
                "The ask is {} past the listed top figure. The guide gives no ceiling for this \
                 band, so pay above that figure does occur.",
                money::usd(over_by)
            ),
            OfferPosition::AboveListed {
                over_by,
                band_is_open: false,
            } => format!(
                "The ask is {} over the top of the band.",
                money::usd(over_by)
            ),
        }
    }
}

/// Place an ask in a band.
pub fn offer_position(band: &Band, ask: u64) -> OfferPosition {
    let top = band.max.figure();
    if ask < band.min {
        return OfferPosition::Below {
            short_by: band.min - ask,
        };
    }
    if ask > top {
        return OfferPosition::AboveListed {
            over_by: ask - top,
            band_is_open: band.max.is_open(),
        };
    }
    // Here min <= ask <= top, so top >= min.
    let width = top - band.min;
    let percent_of_range = if width == 0 {
        50
    } else {
        div_round(u128::from(ask - band.min) * 100, u128::from(width)).min(100) as u8
    };
    OfferPosition::Within { percent_of_range }
}

/// An ask under this share of the lowest band bottom is flagged, in percent.
pub const TYPO_BELOW_PERCENT: u64 = 50;
/// An ask over this multiple of the highest listed figure is flagged.
pub const TYPO_ABOVE_TIMES: u64 = 3;

/// An ask so far outside every band that it is probably mistyped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LikelyTypo {
    FarBelow { lowest: u64 },
    FarAbove { highest: u64 },
}

impl LikelyTypo {
    pub fn message(&self, ask: u64) -> String {
        match *self {
            LikelyTypo::FarBelow { lowest } => format!(
                "Likely a typo: {} a year is far below every band (the lowest starts at {}). \
                 Is it a monthly figure, or missing a digit?",
                money::usd(ask),
                money::usd(lowest)
            ),
            LikelyTypo::FarAbove { highest } => format!(
                "Likely a typo: {} a year is far above every band (the highest listed figure is \
                 {}). Is there an extra zero?",
                money::usd(ask),
                money::usd(highest)
            ),
        }
    }
}

/// Flags an ask far outside all of `bands` (see the formulas above); `None` when plausible or
/// when there are no bands to judge by.
pub fn likely_typo(bands: &[Band], ask: u64) -> Option<LikelyTypo> {
    let lowest = bands.iter().map(|b| b.min).min()?;
    let highest = bands.iter().map(|b| b.max.figure().max(b.min)).max()?;
    if u128::from(ask) * 100 < u128::from(lowest) * u128::from(TYPO_BELOW_PERCENT) {
        Some(LikelyTypo::FarBelow { lowest })
    } else if u128::from(ask) > u128::from(highest) * u128::from(TYPO_ABOVE_TIMES) {
        Some(LikelyTypo::FarAbove { highest })
    } else {
        None
    }
}

/// How an ask compares with the budget on a role spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetFit {
    NoBudget,
    Under { by: u64 },
    Within,
    Over { by: u64 },
}

impl BudgetFit {
    pub fn message(&self) -> String {
        match *self {
            BudgetFit::NoBudget => "The role spec has no budget to compare with.".to_string(),
            BudgetFit::Under { by } => format!(
                "The ask is {} below the low end of the budget.",
                money::usd(by)
            ),
            BudgetFit::Within => "The ask fits inside the budget.".to_string(),
            BudgetFit::Over { by } => {
                format!("The ask is {} over the budget.", money::usd(by))
            }
        }
    }
}

/// Compare an ask with a spec's budget.
pub fn budget_fit(budget: Option<Budget>, ask: u64) -> BudgetFit {
    let Some(budget) = budget else {
        return BudgetFit::NoBudget;
    };
    let low = u64::from(budget.min.min(budget.max));
    let high = u64::from(budget.min.max(budget.max));
    if ask < low {
        BudgetFit::Under { by: low - ask }
    } else if ask > high {
        BudgetFit::Over { by: ask - high }
    } else {
        BudgetFit::Within
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Level, UpperBound, SOUTH_2026};
    use super::*;
    use crate::engine::region::Market;

    fn band(min: u64, max: UpperBound) -> Band {
        Band {
            market: Market::UnitedStates,
            level: Level::Mid,
            min,
            max,
            source: SOUTH_2026,
        }
    }

    #[test]
    fn a_zero_width_band_reads_the_middle() {
        let b = band(50, UpperBound::Closed(50));
        assert_eq!(
            offer_position(&b, 50),
            OfferPosition::Within {
                percent_of_range: 50
            }
        );
    }

    #[test]
    fn an_inverted_band_never_panics() {
        let b = band(100, UpperBound::Closed(10));
        assert_eq!(
            offer_position(&b, 50),
            OfferPosition::Below { short_by: 50 }
        );
        assert_eq!(
            offer_position(&b, 200),
            OfferPosition::AboveListed {
                over_by: 190,
                band_is_open: false
            }
        );
    }

    #[test]
    fn asks_far_outside_every_band_are_flagged_as_likely_typos() {
        let bands = crate::engine::salary::guide_bands();
        // Guide bands run from $22,000 (LatAm entry) to $200,000+ (US senior).
        assert_eq!(
            likely_typo(&bands, 0),
            Some(LikelyTypo::FarBelow { lowest: 22_000 })
        );
        assert_eq!(
            likely_typo(&bands, 7_000_000),
            Some(LikelyTypo::FarAbove { highest: 200_000 })
        );
        assert!(likely_typo(&bands, 5_000).is_some(), "a monthly figure");
        assert_eq!(likely_typo(&bands, 10_999).map(|_| ()), Some(()));
        assert_eq!(likely_typo(&bands, 11_000), None);
        assert_eq!(likely_typo(&bands, 600_000), None);
        assert!(likely_typo(&bands, 600_001).is_some());
        assert_eq!(likely_typo(&bands, 95_000), None);
        assert_eq!(likely_typo(&[], 0), None);
        assert_eq!(
            likely_typo(&bands, 0).map(|t| t.message(0)).as_deref(),
            Some("Likely a typo: $0 a year is far below every band (the lowest starts at $22,000). Is it a monthly figure, or missing a digit?")
        );
    }

    #[test]
    fn a_swapped_budget_is_read_in_order() {
        let b = Some(Budget {
            min: 90_000,
            max: 60_000,
        });
        assert_eq!(budget_fit(b, 70_000), BudgetFit::Within);
        assert_eq!(budget_fit(b, 95_000), BudgetFit::Over { by: 5_000 });
    }
}
