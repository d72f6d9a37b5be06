//! The user's own salary data, kept in the browser: band overrides, on-cost figures and an
//! optional local currency (C5, C7).
//!
//! Rules:
//! - An override needs max > 0 and min <= max. With `open`, `max` is the listed figure before
//!   the "+". An override equal to the guide's band is dropped, so the guide stays the source.
//! - `effective_bands` = the guide's bands with each valid override in place; an overridden band
//!   names "Your figures" as its source. Invalid stored overrides are ignored.
//! - Local amount = round(usd x rate), half up. A rate must be finite, above 0 and at most
//!   1,000,000 per US dollar; a currency code is three letters, stored in capitals.
//! - Every field has a serde default, so `{}` (or any older, smaller document) loads.

use serde::{Deserialize, Serialize};

use super::cost::OnCostSettings;
use super::{guide_bands, Band, Level, UpperBound, YOUR_FIGURES};
use crate::engine::region::Market;

/// A user's figures for one band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandOverride {
    pub market: Market,
    pub level: Level,
    pub min: u64,
    /// The top figure; when `open`, the figure shown before the "+".
    pub max: u64,
    #[serde(default)]
    pub open: bool,
}

impl BandOverride {
    /// Start an edit from a band's current figures.
    pub fn from_band(band: &Band) -> BandOverride {
        BandOverride {
            market: band.market,
            level: band.level,
            min: band.min,
            max: band.max.figure(),
            open: band.max.is_open(),
        }
    }

    fn upper(&self) -> UpperBound {
        if self.open {
            UpperBound::Open(self.max)
        } else {
            UpperBound::Closed(self.max)
        }
    }

    fn to_band(self) -> Band {
        Band {
            market: self.market,
            level: self.level,
            min: self.min,
            max: self.upper(),
            source: YOUR_FIGURES,
        }
    }
}

/// Why a band override was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandError {
    ZeroMax,
    MinAboveMax { min: u64, max: u64 },
}

impl BandError {
    pub fn message(&self) -> String {
        match *self {
            BandError::ZeroMax => "The top of the band must be more than $0.".to_string(),
            BandError::MinAboveMax { min, max } => format!(
                "The bottom ({}) is higher than the top ({}); swap them or lower the bottom.",
                crate::engine::money::usd(min),
                crate::engine::money::usd(max)
            ),
        }
    }
}

pub fn validate_override(o: &BandOverride) -> Result<(), BandError> {
    if o.max == 0 {
        Err(BandError::ZeroMax)
    } else if o.min > o.max {
        Err(BandError::MinAboveMax {
            min: o.min,
            max: o.max,
        })
    } else {
        Ok(())
    }
}

/// Why a currency setting was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyError {
    BadCode,
    BadRate,
}

impl CurrencyError {
    pub fn message(self) -> &'static str {
        match self {
            CurrencyError::BadCode => "Use a three-letter currency code, such as MXN or BRL.",
            CurrencyError::BadRate => {
                "Enter how many units of the currency one US dollar buys: a number above 0."
            }
        }
    }
}

const MAX_RATE: f64 = 1_000_000.0;

/// A currency code in capitals, or why it was refused.
pub fn validate_currency_code(code: &str) -> Result<String, CurrencyError> {
    let code = code.trim();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(code.to_ascii_uppercase())
    } else {
        Err(CurrencyError::BadCode)
    }
}

pub fn validate_rate(per_usd: f64) -> Result<f64, CurrencyError> {
    if per_usd.is_finite() && per_usd > 0.0 && per_usd <= MAX_RATE {
        Ok(per_usd)
    } else {
        Err(CurrencyError::BadRate)
    }
}

/// A US dollar amount in the local currency, rounded half up; `None` for an unusable rate.
pub fn convert(usd: u64, per_usd: f64) -> Option<u64> {
    if !per_usd.is_finite() || per_usd <= 0.0 {
        return None;
    }
    let local = (usd as f64 * per_usd + 0.5).floor();
    // 2^64 as f64; anything at or past it does not fit.
    (local.is_finite() && local < 18_446_744_073_709_551_616.0).then_some(local as u64)
}

/// A local currency and its user-entered rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalCurrency {
    pub code: String,
    /// Units of the currency per US dollar.
    pub per_usd: f64,
}

/// Everything the salary tool stores for the user.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SalarySettings {
    pub overrides: Vec<BandOverride>,
    pub on_cost_percent: OnCostSettings,
    pub currency: Option<LocalCurrency>,
}

impl SalarySettings {
    /// Store an override (replacing one for the same band) after validating it.
    pub fn set_band(&mut self, o: BandOverride) -> Result<(), BandError> {
        validate_override(&o)?;
        self.reset_band(o.market, o.level);
        let same_as_guide = guide_bands()
            .iter()
            .any(|b| BandOverride::from_band(b) == o);
        if !same_as_guide {
            self.overrides.push(o);
        }
        Ok(())
    }

    /// Back to the guide's figures for one band; true if there was an override.
    pub fn reset_band(&mut self, market: Market, level: Level) -> bool {
        let before = self.overrides.len();
        self.overrides
            .retain(|o| !(o.market == market && o.level == level));
        self.overrides.len() != before
    }

    pub fn reset_all_bands(&mut self) {
        self.overrides.clear();
    }

    pub fn set_currency(&mut self, code: &str, per_usd: f64) -> Result<(), CurrencyError> {
        let code = validate_currency_code(code)?;
        let per_usd = validate_rate(per_usd)?;
        self.currency = Some(LocalCurrency { code, per_usd });
        Ok(())
    }

    /// Show US dollars only.
    pub fn clear_currency(&mut self) {
        self.currency = None;
    }

    /// The stored currency, if it is still valid.
    pub fn local_currency(&self) -> Option<&LocalCurrency> {
        self.currency.as_ref().filter(|c| {
            validate_currency_code(&c.code).is_ok_and(|code| code == c.code)
                && validate_rate(c.per_usd).is_ok()
        })
    }
}

/// The guide's bands with the user's valid overrides in place.
pub fn effective_bands(settings: &SalarySettings) -> Vec<Band> {
    let mut bands = guide_bands();
    for band in bands.iter_mut() {
        let own = settings
            .overrides
            .iter()
            .rev()
            .find(|o| o.market == band.market && o.level == band.level)
            .filter(|o| validate_override(o).is_ok());
        if let Some(own) = own {
            *band = own.to_band();
        }
    }
    bands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_amounts_do_not_convert_past_u64() {
        assert_eq!(convert(u64::MAX, 2.0), None);
        assert_eq!(convert(10, 0.0), None);
        assert_eq!(convert(10, f64::NAN), None);
        assert_eq!(convert(3, 0.5), Some(2)); // 1.5 rounds half up
    }

    #[test]
    fn a_tampered_stored_currency_is_not_used() {
        let s = SalarySettings {
            currency: Some(LocalCurrency {
                code: "mx".to_string(),
                per_usd: 17.0,
            }),
            ..SalarySettings::default()
        };
        assert!(s.local_currency().is_none());
    }

    #[test]
    fn setting_the_guide_figures_leaves_no_override() {
        let mut s = SalarySettings::default();
        let guide = BandOverride::from_band(&guide_bands()[0]);
        s.set_band(guide).unwrap();
        assert!(s.overrides.is_empty());
    }
}
