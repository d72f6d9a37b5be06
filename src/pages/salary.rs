//! `#/salary`: the salary and total-cost calculator (C1-C7).
//!
//! The page holds what the user is looking at (place, level, offer inputs, chart scope) and
//! reads the stored salary settings; every settings change goes through `SetSalarySettings`.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::components::salary::band_card::{band_card, BandCardProps};
use crate::components::salary::band_editor::BandEditor;
use crate::components::salary::chart_card::{chart_card, ChartCardProps};
use crate::components::salary::currency_card::CurrencyCard;
use crate::components::salary::model::Place;
use crate::components::salary::offer_card::{offer_card, OfferCardProps, OfferInput};
use crate::components::salary::offer_model::offer_target;
use crate::components::salary::team_card::TeamCard;
use crate::engine::candidate::Candidate;
use crate::engine::edit::TeamPlanEdit;
use crate::engine::region::Market;
use crate::engine::salary::{band_for, chart_rows, effective_bands, likely_typo, Band, Level};
use crate::pages::later::below_fold;

pub const TITLE: &str = "Salary and total cost";
pub const HOW: &str = "Bands come from the South 2026 salary guide, per market and level. See what a hire costs in total, what you save against a US hire, where a candidate's ask sits, and what a whole team costs. Your changes to figures are saved in this browser only.";

#[function_component(SalaryPage)]
pub fn page() -> Html {
    let app = use_app();
    let place = use_state(|| Place::Market(Market::LatinAmerica));
    let level = use_state(|| Level::Mid);
    let offer = use_state(OfferInput::default);
    let only_level = use_state(|| false);

    let settings = app.doc.salary.clone();
    let bands = effective_bands(&settings);
    let currency = settings.local_currency().cloned();
    let on_edit = app.salary_editor();

    // Offer check: the candidate and spec picked, if they still exist.
    let with_ask: Vec<Candidate> = app
        .doc
        .candidates
        .iter()
        .filter(|c| c.salary_ask.is_some())
        .cloned()
        .collect();
    let candidate = offer
        .candidate
        .as_deref()
        .and_then(|id| with_ask.iter().find(|c| c.id == id));
    let spec = offer.spec.as_deref().and_then(|id| app.doc.spec(id));
    let target = offer_target(
        &offer.typed_ask,
        candidate,
        spec.map(|s| &s.spec),
        *place,
        *level,
    );
    let typo = target
        .ask
        .and_then(|ask| likely_typo(&bands, ask).map(|t| AttrValue::from(t.message(ask))));
    let offer_band = band_for(&bands, target.market, target.level).copied();

    // Chart: every band, or the chosen level's.
    let in_chart: Vec<Band> = bands
        .iter()
        .filter(|b| !*only_level || b.level == *level)
        .copied()
        .collect();
    let scale = chart_rows(&in_chart, target.ask);

    let on_plan_create = {
        let app = app.clone();
        Callback::from(move |()| app.create_team_plan())
    };
    let on_plan_edit =
        app.callback(|app, (id, edit): (String, TeamPlanEdit)| app.edit_team_plan(&id, edit));
    let on_plan_row = app.callback(|app, id: String| app.add_team_row(&id));
    let on_plan_delete = app.callback(|app, id: String| app.delete_team_plan(&id));

    let on_place = setter(&place);
    let on_level = setter(&level);
    let on_offer = setter(&offer);
    let on_only_level = setter(&only_level);

    // The first card fills a phone's screen; the others each draw a task later.
    let offer = OfferCardProps {
        input: (*offer).clone(),
        target,
        candidates: with_ask,
        specs: app.doc.specs.clone(),
        band: offer_band,
        currency: currency.clone(),
        typo,
        on_change: on_offer,
    };
    let chart = ChartCardProps {
        scale,
        level: *level,
        only_level: *only_level,
        on_only_level,
    };
    let team = {
        let (plans, bands, on_costs, currency) = (
            app.doc.team_plans.clone(),
            bands.clone(),
            settings.on_cost_percent.clone(),
            currency.clone(),
        );
        move || {
            html! {
                <TeamCard plans={plans.clone()} bands={bands.clone()} on_costs={on_costs.clone()} currency={currency.clone()}
                    on_create={on_plan_create.clone()} on_edit={on_plan_edit.clone()} on_add_row={on_plan_row.clone()} on_delete={on_plan_delete.clone()} />
            }
        }
    };
    let currency_card = {
        let (settings, on_edit) = (settings.clone(), on_edit.clone());
        move || html! { <CurrencyCard settings={settings.clone()} on_edit={on_edit.clone()} /> }
    };
    let band_editor = {
        let (bands, settings, on_edit) = (bands.clone(), settings.clone(), on_edit.clone());
        move || html! { <BandEditor bands={bands.clone()} settings={settings.clone()} on_edit={on_edit.clone()} /> }
    };
    html! {
        <>
            { intro(TITLE, HOW) }
            { band_card(&BandCardProps { place: *place, level: *level, bands, settings, currency, on_place, on_level, on_edit }) }
            { below_fold(move || offer_card(&offer)) }
            { below_fold(move || chart_card(&chart)) }
            { below_fold(team) }
            { below_fold(currency_card) }
            { below_fold(band_editor) }
        </>
    }
}

/// A callback that stores what it is given in a piece of screen state.
fn setter<T: 'static>(state: &UseStateHandle<T>) -> Callback<T> {
    let setter = state.setter();
    Callback::from(move |value| setter.set(value))
}
