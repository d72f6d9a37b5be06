//! Chart data: bands as horizontal bars on one common scale, with the ask as a marker (C6).
//!
//! Formulas:
//! - largest = the highest figure shown (any band min, listed max, or the ask);
//! - scale max = 1.15 x largest, rounded up to the next $10,000 ($10,000 when nothing is shown),
//!   so an open bar has room to run past its listed top;
//! - a closed bar spans min..max; an open bar spans min..scale max, with its listed top kept in
//!   `max` so the UI can mark where the published figure ends;
//! - `share(v)` = v / scale max, clamped to 0..=1: the UI multiplies it by the bar width;
//! - ticks: multiples of a step of 1, 2.5 or 5 x 10^k dollars (at least $10,000), the smallest
//!   step giving at most 6 ticks above zero.

use super::{clamp_u64, Band, Level};
use crate::engine::region::Market;

const ROUND_TO: u128 = 10_000;

/// One bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartRow {
    pub label: String,
    pub market: Market,
    pub level: Level,
    pub min: u64,
    /// The listed top figure (for an open band, the figure before the "+").
    pub max: u64,
    pub open: bool,
    /// Where the bar stops on the scale: `max`, or the scale max for an open band.
    pub bar_end: u64,
    pub source: &'static str,
}

/// Everything a bar chart needs, already on one scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartScale {
    pub max_value: u64,
    pub rows: Vec<ChartRow>,
    pub ask: Option<u64>,
}

impl ChartScale {
    /// A value as a share of the scale, 0.0 to 1.0.
    pub fn share(&self, value: u64) -> f64 {
        if self.max_value == 0 {
            return 0.0;
        }
        (value as f64 / self.max_value as f64).clamp(0.0, 1.0)
    }

    /// Gridline values, from the first step up to the scale max.
    pub fn ticks(&self) -> Vec<u64> {
        let max = u128::from(self.max_value);
        let mantissas = [10u128, 25, 50];
        let (mut decade, mut i) = (1_000u128, 0);
        let mut step = decade * mantissas[i];
        while max / step > 6 {
            i += 1;
            if i == mantissas.len() {
                i = 0;
                decade = decade.saturating_mul(10);
            }
            step = decade.saturating_mul(mantissas[i]);
        }
        (1..=max / step).map(|i| clamp_u64(i * step)).collect()
    }
}

/// Lay out bands (in the order given) and an optional ask on one scale.
pub fn chart_rows(bands: &[Band], ask: Option<u64>) -> ChartScale {
    let largest = bands
        .iter()
        .flat_map(|b| [b.min, b.max.figure()])
        .chain(ask)
        .max()
        .unwrap_or(0);
    let stretched = (u128::from(largest) * 115).div_ceil(100);
    let rounded = stretched.div_ceil(ROUND_TO).max(1) * ROUND_TO;
    let max_value = clamp_u64(rounded);
    let rows = bands
        .iter()
        .map(|b| ChartRow {
            label: b.label(),
            market: b.market,
            level: b.level,
            min: b.min,
            max: b.max.figure(),
            open: b.max.is_open(),
            bar_end: if b.max.is_open() {
                max_value
            } else {
                b.max.figure()
            },
            source: b.source,
        })
        .collect();
    ChartScale {
        max_value,
        rows,
        ask,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_chart_still_has_a_scale() {
        let c = chart_rows(&[], None);
        assert_eq!(c.max_value, 10_000);
        assert_eq!(c.ticks(), vec![10_000]);
        assert_eq!(c.share(20_000), 1.0);
    }

    #[test]
    fn the_largest_ask_never_overflows_the_scale() {
        let c = chart_rows(&[], Some(u64::MAX));
        assert_eq!(c.max_value, u64::MAX);
        assert!(c.ticks().len() <= 6);
    }

    #[test]
    fn ticks_use_round_steps() {
        let c = chart_rows(&[], Some(200_000));
        assert_eq!(c.max_value, 230_000);
        assert_eq!(c.ticks(), vec![50_000, 100_000, 150_000, 200_000]);
    }
}
