//! Band and savings (C1, C2): pick a place and a level; see the band, the US band of the same
//! level, the savings, the total cost of employment and the US average for context.

use yew::prelude::*;

use super::field::on_select;
use super::figure::{figure, FigureProps};
use super::model::{level_from_key, level_key, local_amount, local_range, Place};
use super::on_cost::OnCostField;
use crate::engine::edit::SalaryEdit;
use crate::engine::money;
use crate::engine::region::{Market, Region};
use crate::engine::salary::{
    band_for, savings_for, total_cost, total_cost_bound, Band, Level, LocalCurrency,
    SalarySettings, US_AVERAGE, US_AVERAGE_SOURCE,
};

#[derive(PartialEq)]
pub struct BandCardProps {
    pub place: Place,
    pub level: Level,
    pub bands: Vec<Band>,
    pub settings: SalarySettings,
    pub currency: Option<LocalCurrency>,
    pub on_place: Callback<Place>,
    pub on_level: Callback<Level>,
    pub on_edit: Callback<SalaryEdit>,
}

pub fn band_card(props: &BandCardProps) -> Html {
    let market = props.place.market();
    let currency = props.currency.as_ref();
    let band = band_for(&props.bands, market, props.level);
    let us = band_for(&props.bands, Market::UnitedStates, props.level);
    let on_cost = props.place.on_cost(&props.settings.on_cost_percent);
    let savings_text = match (market, savings_for(&props.bands, market, props.level)) {
        (Market::UnitedStates, _) => {
            "This is the US band, so there is nothing to save against it.".to_string()
        }
        (_, Some(s)) => s.message(),
        (_, None) => "No US band to compare with.".to_string(),
    };
    let place_note = match props.place {
        Place::Region(r) => Some(format!(
            "The guide publishes one band for all of {}; {} reads it.",
            market.label(),
            r.label()
        )),
        Place::Market(_) => None,
    };
    let on_place = on_select(
        props
            .on_place
            .filter_reform(|k: String| Place::from_key(&k)),
    );
    let on_level = on_select(props.on_level.filter_reform(|k: String| level_from_key(&k)));
    let figures = band.map(|b| {
        let cost_min = total_cost(b.min, on_cost.basis_points);
        let cost_max = total_cost_bound(b.max, on_cost.basis_points);
        html! {
            <dl class="salary-figures">
                { figure(&FigureProps { label: format!("Salary band: {}", b.label()).into(), value: money::range(b.min, b.max).into(), local: local_range(b.min, b.max, currency), note: place_note.clone(), source: b.source.into() }) }
                if let Some(us) = us {
                    { figure(&FigureProps { label: format!("US band, {}", props.level.label()).into(), value: money::range(us.min, us.max).into(), local: local_range(us.min, us.max, currency), source: us.source.into(), ..Default::default() }) }
                }
                { figure(&FigureProps { label: "Savings against a US hire".into(), value: savings_text.clone().into(), source: (us.map_or(b.source.to_string(), |us| both_sources(b, us))).into(), ..Default::default() }) }
                { figure(&FigureProps { label: "Total employment cost".into(), value: money::range(cost_min, cost_max).into(), local: local_range(cost_min, cost_max, currency), note: Some(format!("Salary plus an on-cost of {} of salary.", money::percent(on_cost.percent()))), source: format!("salary, {}; on-cost, {}", b.source, on_cost.source).into() }) }
                { figure(&FigureProps { label: "Average US backend developer salary".into(), value: money::usd(US_AVERAGE).into(), local: local_amount(US_AVERAGE, currency), note: Some("For context: one national average, all levels.".into()), source: US_AVERAGE_SOURCE.into() }) }
            </dl>
        }
    });
    html! {
        <section class="card" aria-labelledby="band-heading">
            <h2 id="band-heading">{ "Band and savings" }</h2>
            <p class="how-it-works">{ "Pick where you hire and the level. Savings compare with the US band of the same level; total cost adds the employer's on-cost, which you can change." }</p>
            <div class="field-row">
                <div class="field">
                    <label for="salary-place">{ "Where you hire" }</label>
                    <select id="salary-place" onchange={on_place}>{ place_options(props.place) }</select>
                </div>
                <div class="field">
                    <label for="salary-level">{ "Level" }</label>
                    <select id="salary-level" onchange={on_level}>{ level_options(props.level) }</select>
                </div>
            </div>
            { figures.unwrap_or_else(|| html! { <p class="empty">{ "No band for this choice." }</p> }) }
            <OnCostField key={props.place.key()} place={props.place}
                settings={props.settings.clone()} on_edit={props.on_edit.clone()} />
        </section>
    }
}

// Helpers

fn both_sources(band: &Band, us: &Band) -> String {
    if band.source == us.source {
        band.source.to_string()
    } else {
        format!("{} (this band); {} (US band)", band.source, us.source)
    }
}

fn place_options(selected: Place) -> Html {
    let option = |place: Place| {
        html! { <option value={place.key()} selected={place == selected}>{ place.label() }</option> }
    };
    let whole = Market::ALL.into_iter().map(|m| option(Place::Market(m)));
    let groups = Market::ALL.into_iter().map(|market| {
        let regions = Region::ALL
            .into_iter()
            .filter(move |r| r.market() == market)
            .map(|r| option(Place::Region(r)));
        html! { <optgroup label={market.label()}>{ for regions }</optgroup> }
    });
    html! {
        <>
            <optgroup label="Whole market">{ for whole }</optgroup>
            { for groups }
        </>
    }
}

pub fn level_options(selected: Level) -> Html {
    Level::ALL
        .into_iter()
        .map(|l| html! { <option value={level_key(l)} selected={l == selected}>{ l.label() }</option> })
        .collect()
}
