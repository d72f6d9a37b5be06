//! One change to the salary tool's own figures: a band, an on-cost, the local currency.
//!
//! `check` says whether an edit can be made before it is sent, with the words to show next to
//! the field; `apply` makes it to the settings as they are now and refuses what `check` refuses.

use crate::engine::region::Market;
use crate::engine::salary::{BandOverride, CostArea, Level, OnCostError, SalarySettings};

#[derive(Clone, Debug, PartialEq)]
pub enum SalaryEdit {
    SetBand {
        band: BandOverride,
    },
    ResetBand {
        market: Market,
        level: Level,
    },
    ResetAllBands,
    /// Puts back the band figures as they were before a reset (undo); the rest stays.
    RestoreBands {
        overrides: Vec<BandOverride>,
    },
    SetOnCost {
        area: CostArea,
        percent: f64,
    },
    ResetOnCost {
        area: CostArea,
    },
    SetCurrency {
        code: String,
        per_usd: f64,
    },
    ClearCurrency,
}

impl SalaryEdit {
    /// Why the edit cannot be made, in words for the field; `Ok` when it can.
    pub fn check(&self) -> Result<(), String> {
        let mut scratch = SalarySettings::default();
        self.clone().make(&mut scratch)
    }

    /// Makes the edit; true if the settings changed. A refused edit changes nothing.
    pub fn apply(self, settings: &mut SalarySettings) -> bool {
        let mut next = settings.clone();
        if self.make(&mut next).is_err() || next == *settings {
            return false;
        }
        *settings = next;
        true
    }

    fn make(self, settings: &mut SalarySettings) -> Result<(), String> {
        match self {
            SalaryEdit::SetBand { band } => settings.set_band(band).map_err(|e| e.message())?,
            SalaryEdit::ResetBand { market, level } => {
                settings.reset_band(market, level);
            }
            SalaryEdit::ResetAllBands => settings.reset_all_bands(),
            SalaryEdit::RestoreBands { overrides } => settings.overrides = overrides,
            SalaryEdit::SetOnCost { area, percent } => settings
                .on_cost_percent
                .set(area, percent)
                .map_err(|e: OnCostError| e.message().to_string())?,
            SalaryEdit::ResetOnCost { area } => settings.on_cost_percent.reset(area),
            SalaryEdit::SetCurrency { code, per_usd } => settings
                .set_currency(&code, per_usd)
                .map_err(|e| e.message().to_string())?,
            SalaryEdit::ClearCurrency => settings.clear_currency(),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::salary::guide_bands;

    #[test]
    fn a_band_edit_is_checked_and_undone_by_restore() {
        let mut s = SalarySettings::default();
        let mut band = BandOverride::from_band(&guide_bands()[0]);
        band.min += 1_000;
        assert!(SalaryEdit::SetBand { band }.apply(&mut s));
        assert_eq!(s.overrides, vec![band]);
        let kept = s.overrides.clone();
        let (market, level) = (band.market, band.level);
        assert!(SalaryEdit::ResetBand { market, level }.apply(&mut s));
        assert!(s.overrides.is_empty());
        assert!(SalaryEdit::RestoreBands { overrides: kept }.apply(&mut s));
        assert!(SalaryEdit::ResetAllBands.apply(&mut s));
        assert!(
            !SalaryEdit::ResetAllBands.apply(&mut s),
            "nothing left to reset"
        );
    }

    #[test]
    fn refused_edits_say_why_and_change_nothing() {
        let mut s = SalarySettings::default();
        let area = CostArea::Market(Market::LatinAmerica);
        let too_much = SalaryEdit::SetOnCost {
            area,
            percent: 900.0,
        };
        assert!(too_much.check().is_err());
        assert!(!too_much.apply(&mut s));
        let bad_code = SalaryEdit::SetCurrency {
            code: "peso".into(),
            per_usd: 17.0,
        };
        assert!(bad_code.check().is_err());
        assert!(!bad_code.apply(&mut s));
        assert_eq!(s, SalarySettings::default());
        let fine = SalaryEdit::SetOnCost {
            area,
            percent: 40.0,
        };
        assert_eq!(fine.check(), Ok(()));
        assert!(fine.apply(&mut s));
        assert!(SalaryEdit::SetCurrency {
            code: "mxn".into(),
            per_usd: 17.0
        }
        .apply(&mut s));
        assert_eq!(s.local_currency().map(|c| c.code.as_str()), Some("MXN"));
        assert!(SalaryEdit::ClearCurrency.apply(&mut s));
        assert!(SalaryEdit::ResetOnCost { area }.apply(&mut s));
        assert_eq!(s, SalarySettings::default());
    }
}
