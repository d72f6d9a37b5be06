//! Pure helpers for the salary screen: what the user picked, how typed numbers are read, and
//! how figures are written with an optional local currency beside them. No browser, no yew.

use crate::engine::money;
use crate::engine::region::{Market, Region};
use crate::engine::salary::{
    convert, default_on_cost, market_on_cost, CostArea, Level, LocalCurrency, OnCost,
    OnCostSettings, UpperBound,
};

/// Where the band is read for: a whole market, or one country or US time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Market(Market),
    Region(Region),
}

impl Place {
    pub fn market(self) -> Market {
        match self {
            Place::Market(m) => m,
            Place::Region(r) => r.market(),
        }
    }

    pub fn label(self) -> String {
        match self {
            Place::Market(m) => format!("{} (whole market)", m.label()),
            Place::Region(r) => r.label().to_string(),
        }
    }

    /// A stable value for a `<select>` option.
    pub fn key(self) -> String {
        match self {
            Place::Market(m) => format!("market-{}", market_index(m)),
            Place::Region(r) => format!("region-{}", r.index()),
        }
    }

    pub fn from_key(key: &str) -> Option<Place> {
        if let Some(i) = key.strip_prefix("market-") {
            let i: usize = i.parse().ok()?;
            return Market::ALL.get(i).copied().map(Place::Market);
        }
        let i: u8 = key.strip_prefix("region-")?.parse().ok()?;
        Region::from_index(i).map(Place::Region)
    }

    /// What an on-cost figure typed here applies to.
    pub fn area(self) -> CostArea {
        match self {
            Place::Market(m) => CostArea::Market(m),
            Place::Region(r) => CostArea::Region(r),
        }
    }

    /// The on-cost in use here (the user's figure or the documented default).
    pub fn on_cost(self, settings: &OnCostSettings) -> OnCost {
        match self {
            Place::Market(m) => settings.for_market(m),
            Place::Region(r) => settings.for_region(r),
        }
    }

    /// The documented default, whatever the user typed.
    pub fn default_on_cost(self) -> OnCost {
        match self {
            Place::Market(m) => market_on_cost(m),
            Place::Region(r) => default_on_cost(r),
        }
    }
}

pub fn market_index(market: Market) -> usize {
    Market::ALL.iter().position(|m| *m == market).unwrap_or(0)
}

pub fn level_key(level: Level) -> &'static str {
    match level {
        Level::Entry => "entry",
        Level::Mid => "mid",
        Level::Senior => "senior",
    }
}

pub fn level_from_key(key: &str) -> Option<Level> {
    Level::ALL.into_iter().find(|l| level_key(*l) == key)
}

/// Reads "30", "30%" or "39.11 %"; the engine decides whether the value is allowed.
pub fn parse_number(text: &str) -> Option<f64> {
    crate::platform::number::parse_f64(text.trim().trim_end_matches('%').trim())
}

/// Basis points as a short percent: 3000 -> "30", 2050 -> "20.5", 3911 -> "39.11".
pub fn percent_text(basis_points: u32) -> String {
    let whole = basis_points / 100;
    let cents = basis_points % 100;
    match cents {
        0 => whole.to_string(),
        c if c % 10 == 0 => format!("{whole}.{}", c / 10),
        c => format!("{whole}.{c:02}"),
    }
}

/// "MXN 1,204,000" for a US dollar figure, when a local currency is set.
pub fn local_amount(usd: u64, currency: Option<&LocalCurrency>) -> Option<String> {
    let c = currency?;
    convert(usd, c.per_usd).map(|v| money::local(v, &c.code))
}

/// A band or total in the local currency, keeping an open top open.
pub fn local_range(min: u64, max: UpperBound, currency: Option<&LocalCurrency>) -> Option<String> {
    let c = currency?;
    let low = convert(min, c.per_usd)?;
    let high = convert(max.figure(), c.per_usd)?;
    Some(money::local_range(low, max.map(|_| high), &c.code))
}

/// Every publisher in a list, once each, in order: "South, 2026 salary guide; Your figures".
pub fn distinct_sources<'a>(sources: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for source in sources {
        if !seen.contains(&source) {
            seen.push(source);
        }
    }
    seen.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_round_trip_through_their_keys() {
        for m in Market::ALL {
            assert_eq!(
                Place::from_key(&Place::Market(m).key()),
                Some(Place::Market(m))
            );
        }
        for r in Region::ALL {
            assert_eq!(
                Place::from_key(&Place::Region(r).key()),
                Some(Place::Region(r))
            );
        }
        assert_eq!(Place::from_key("region-99"), None);
        assert_eq!(Place::from_key("market-x"), None);
        assert_eq!(Place::from_key("<img>"), None);
    }

    #[test]
    fn percents_are_short() {
        assert_eq!(percent_text(3_000), "30");
        assert_eq!(percent_text(2_050), "20.5");
        assert_eq!(percent_text(3_911), "39.11");
        assert_eq!(percent_text(5), "0.05");
        assert_eq!(parse_number(" 39.11 % "), Some(39.11));
        assert_eq!(parse_number("abc"), None);
    }

    #[test]
    fn sources_are_named_once() {
        assert_eq!(distinct_sources(["A", "B", "A"]), "A; B");
        assert_eq!(distinct_sources([]), "");
    }

    #[test]
    fn local_figures_keep_open_tops() {
        let mxn = LocalCurrency {
            code: "MXN".into(),
            per_usd: 17.0,
        };
        assert_eq!(
            local_range(70_000, UpperBound::Open(110_000), Some(&mxn)).as_deref(),
            Some("MXN 1,190,000–MXN 1,870,000+")
        );
        assert_eq!(
            local_amount(1_000, Some(&mxn)).as_deref(),
            Some("MXN 17,000")
        );
        assert_eq!(local_amount(1_000, None), None);
    }
}
