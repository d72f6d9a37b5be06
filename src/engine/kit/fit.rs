//! How close a competency's share of the kit is to the share its weight asks for.
//!
//! The tolerance is relative to the weight: a kit share within a quarter of the target share
//! (and never tighter than 1 point, since a question is 5-30 minutes) counts as close. So a
//! competency with 8% of the weight is close from 6% to 10%, one with 40% from 30% to 50%.

use super::CompetencyCoverage;

/// The share of the target share a kit may be off by and still be close.
pub const CLOSE_WITHIN: f32 = 0.25;
/// The smallest tolerance in percentage points.
pub const MIN_TOLERANCE_POINTS: f32 = 1.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoverageFit {
    /// Weighted, but no question in the kit probes it.
    NotCovered,
    Below,
    Above,
    Close,
}

impl CompetencyCoverage {
    /// Allowed distance from the target share, in percentage points.
    pub fn tolerance(&self) -> f32 {
        (self.target_share_pct * CLOSE_WITHIN).max(MIN_TOLERANCE_POINTS)
    }

    pub fn fit(&self) -> CoverageFit {
        let gap = self.actual_share_pct - self.target_share_pct;
        if self.target_share_pct > 0.0 && self.questions == 0 {
            CoverageFit::NotCovered
        } else if gap < -self.tolerance() {
            CoverageFit::Below
        } else if gap > self.tolerance() {
            CoverageFit::Above
        } else {
            CoverageFit::Close
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::Competency;

    fn row(target: f32, actual: f32, questions: usize) -> CompetencyCoverage {
        CompetencyCoverage {
            competency: Competency::Caching,
            minutes: 10.0,
            questions,
            target_share_pct: target,
            actual_share_pct: actual,
        }
    }

    #[test]
    fn small_weights_get_a_small_tolerance() {
        // The two rows a hiring manager reported as "close": 8% -> 3% and 6% -> 3%.
        assert_eq!(row(8.0, 3.0, 1).fit(), CoverageFit::Below);
        assert_eq!(row(6.0, 3.0, 1).fit(), CoverageFit::Below);
        assert_eq!(row(8.0, 6.5, 1).fit(), CoverageFit::Close);
        assert_eq!(row(8.0, 10.5, 1).fit(), CoverageFit::Above);
    }

    #[test]
    fn large_weights_get_room_in_proportion() {
        assert_eq!(row(40.0, 31.0, 3).fit(), CoverageFit::Close);
        assert_eq!(row(40.0, 29.0, 3).fit(), CoverageFit::Below);
        assert_eq!(row(40.0, 51.0, 3).fit(), CoverageFit::Above);
    }

    #[test]
    fn tiny_weights_keep_one_point_and_unprobed_ones_are_not_covered() {
        assert_eq!(row(2.0, 2.9, 1).fit(), CoverageFit::Close);
        assert_eq!(row(2.0, 3.1, 1).fit(), CoverageFit::Above);
        assert_eq!(row(0.0, 0.9, 1).fit(), CoverageFit::Close);
        assert_eq!(row(10.0, 0.0, 0).fit(), CoverageFit::NotCovered);
    }
}
