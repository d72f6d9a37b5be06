//! Where people work: hiring regions, their salary market and their working hours.
//!
//! Salary bands in the guides exist per market (United States, Latin America), so every region
//! maps to one market. Time-zone overlap uses a standard offset (no daylight saving) and a
//! 9:00-17:00 local working day: a deliberate simplification, stated in the UI.

use serde::{Deserialize, Serialize};

/// A salary market: the guides publish one band table per market.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Market {
    UnitedStates,
    LatinAmerica,
}

impl Market {
    pub const ALL: [Market; 2] = [Market::UnitedStates, Market::LatinAmerica];

    pub fn label(self) -> &'static str {
        match self {
            Market::UnitedStates => "United States",
            Market::LatinAmerica => "Latin America",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    UsEastern,
    UsCentral,
    UsMountain,
    UsPacific,
    Mexico,
    Colombia,
    Peru,
    Chile,
    Argentina,
    Brazil,
    Uruguay,
    CostaRica,
}

impl Region {
    /// Stable order: share links encode a region by its index here, so only append.
    pub const ALL: [Region; 12] = [
        Region::UsEastern,
        Region::UsCentral,
        Region::UsMountain,
        Region::UsPacific,
        Region::Mexico,
        Region::Colombia,
        Region::Peru,
        Region::Chile,
        Region::Argentina,
        Region::Brazil,
        Region::Uruguay,
        Region::CostaRica,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Region::UsEastern => "US Eastern",
            Region::UsCentral => "US Central",
            Region::UsMountain => "US Mountain",
            Region::UsPacific => "US Pacific",
            Region::Mexico => "Mexico",
            Region::Colombia => "Colombia",
            Region::Peru => "Peru",
            Region::Chile => "Chile",
            Region::Argentina => "Argentina",
            Region::Brazil => "Brazil",
            Region::Uruguay => "Uruguay",
            Region::CostaRica => "Costa Rica",
        }
    }

    pub fn market(self) -> Market {
        match self {
            Region::UsEastern | Region::UsCentral | Region::UsMountain | Region::UsPacific => {
                Market::UnitedStates
            }
            _ => Market::LatinAmerica,
        }
    }

    /// Standard-time offset from UTC in hours.
    pub fn utc_offset(self) -> i8 {
        match self {
            Region::UsEastern | Region::Colombia | Region::Peru => -5,
            Region::UsCentral | Region::Mexico | Region::CostaRica => -6,
            Region::UsMountain => -7,
            Region::UsPacific => -8,
            Region::Chile => -4,
            Region::Argentina | Region::Brazil | Region::Uruguay => -3,
        }
    }

    pub fn index(self) -> u8 {
        Region::ALL
            .iter()
            .position(|r| *r == self)
            .map_or(0, |i| i as u8)
    }

    pub fn from_index(index: u8) -> Option<Region> {
        Region::ALL.get(usize::from(index)).copied()
    }

    /// Hours that a 9:00-17:00 day here shares with a 9:00-17:00 day there.
    pub fn overlap_hours(self, other: Region) -> u8 {
        let gap = (i16::from(self.utc_offset()) - i16::from(other.utc_offset())).unsigned_abs();
        8u16.saturating_sub(gap) as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_symmetric_and_full_in_the_same_zone() {
        assert_eq!(Region::Mexico.overlap_hours(Region::UsCentral), 8);
        assert_eq!(Region::UsPacific.overlap_hours(Region::Brazil), 3);
        assert_eq!(Region::Brazil.overlap_hours(Region::UsPacific), 3);
    }

    #[test]
    fn every_region_has_a_market_and_a_stable_index() {
        for (i, r) in Region::ALL.iter().enumerate() {
            assert_eq!(Region::from_index(i as u8), Some(*r));
            assert!(Market::ALL.contains(&r.market()));
        }
    }
}
