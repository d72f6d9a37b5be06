//! What the offer check compares, and the status words for its verdicts. Pure: no yew.

use super::model::Place;
use crate::engine::candidate::Candidate;
use crate::engine::input;
use crate::engine::region::Market;
use crate::engine::role::{Budget, RoleSpec};
use crate::engine::salary::{BudgetFit, Level, OfferPosition};

/// What the offer check compares: the ask, and which band and budget it is checked against.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferTarget {
    pub ask: Option<u64>,
    pub market: Market,
    pub level: Level,
    pub budget: Option<Budget>,
}

/// A picked candidate's ask wins over the typed one; a picked spec sets the level and budget;
/// the market is the candidate's, else the spec's first region's, else the one picked above.
pub fn offer_target(
    typed_ask: &str,
    candidate: Option<&Candidate>,
    spec: Option<&RoleSpec>,
    place: Place,
    level: Level,
) -> OfferTarget {
    let ask = match candidate {
        Some(c) => c.salary_ask.map(u64::from),
        None => input::money(typed_ask).ok(),
    };
    let market = candidate
        .map(|c| c.region.market())
        .or_else(|| spec.and_then(|s| s.regions.first()).map(|r| r.market()))
        .unwrap_or(place.market());
    OfferTarget {
        ask,
        market,
        level: spec.map_or(level, |s| Level::from_seniority(s.seniority)),
        budget: spec.and_then(|s| s.budget),
    }
}

/// Status word (with an icon, so colour is never the only signal) and its CSS class.
pub fn offer_status(position: &OfferPosition) -> (&'static str, &'static str) {
    match position {
        OfferPosition::Below { .. } => ("status--warn", "▼ Below the band"),
        OfferPosition::Within { .. } => ("status--good", "✓ In the band"),
        OfferPosition::AboveListed {
            band_is_open: true, ..
        } => ("status--warn", "▲ Past the listed top"),
        OfferPosition::AboveListed { .. } => ("status--bad", "✗ Above the band"),
    }
}

pub fn budget_status(fit: &BudgetFit) -> (&'static str, &'static str) {
    match fit {
        BudgetFit::NoBudget => ("muted", "No budget"),
        BudgetFit::Under { .. } => ("status--good", "✓ Under budget"),
        BudgetFit::Within => ("status--good", "✓ Within budget"),
        BudgetFit::Over { .. } => ("status--bad", "✗ Over budget"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::region::Region;

    #[test]
    fn a_candidate_and_a_spec_set_what_the_offer_is_checked_against() {
        let mut candidate = Candidate::new("c1".into(), "Ana".into(), 0);
        candidate.salary_ask = Some(95_000);
        candidate.region = Region::UsCentral;
        let spec = RoleSpec {
            seniority: crate::engine::role::Seniority::Staff,
            budget: Some(Budget {
                min: 80_000,
                max: 120_000,
            }),
            ..RoleSpec::default()
        };
        let place = Place::Market(Market::LatinAmerica);
        let t = offer_target("50,000", Some(&candidate), Some(&spec), place, Level::Entry);
        assert_eq!(t.ask, Some(95_000));
        assert_eq!(t.market, Market::UnitedStates);
        assert_eq!(t.level, Level::Senior);
        assert!(t.budget.is_some());
        let typed = offer_target("50,000", None, None, place, Level::Entry);
        assert_eq!(typed.ask, Some(50_000));
        assert_eq!(typed.market, Market::LatinAmerica);
        assert_eq!(typed.level, Level::Entry);
        assert_eq!(offer_target("", None, None, place, Level::Mid).ask, None);
    }
}
