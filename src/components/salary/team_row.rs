//! One row of a team plan: how many people, at which level, in which market and country, and
//! the on-cost the row's total uses.

use yew::prelude::*;

use crate::engine::input;

use super::band_card::level_options;
use super::field::on_select;
use super::model::{level_from_key, market_index};
use crate::components::draft_field::DraftField;
use crate::engine::edit::TeamPlanEdit;
use crate::engine::region::{Market, Region};
use crate::engine::salary::{
    countries_with_on_cost, row_on_cost, OnCostSettings, PlannedRow, MAX_ROW_PEOPLE,
};

#[derive(Properties, PartialEq)]
pub struct TeamRowProps {
    /// Position shown to the user, from 1.
    pub number: usize,
    pub row: PlannedRow,
    pub on_costs: OnCostSettings,
    pub on_edit: Callback<TeamPlanEdit>,
}

#[function_component(TeamRowView)]
pub fn team_row_view(props: &TeamRowProps) -> Html {
    let line = props.row.line;
    let row = props.row.id.clone();
    let on_count = {
        let (row, on_edit) = (row.clone(), props.on_edit.clone());
        Callback::from(move |text: String| {
            let count = input::whole(&text, 0, u64::from(MAX_ROW_PEOPLE), "people")?;
            on_edit.emit(TeamPlanEdit::People {
                row: row.clone(),
                count: u32::try_from(count).unwrap_or(MAX_ROW_PEOPLE),
            });
            Ok(count.to_string())
        })
    };
    let on_level = {
        let row = row.clone();
        on_select(props.on_edit.filter_reform(move |key: String| {
            let level = level_from_key(&key)?;
            Some(TeamPlanEdit::Level {
                row: row.clone(),
                level,
            })
        }))
    };
    let on_market = {
        let row = row.clone();
        on_select(props.on_edit.filter_reform(move |key: String| {
            let market = key
                .parse::<usize>()
                .ok()
                .and_then(|i| Market::ALL.get(i).copied())?;
            Some(TeamPlanEdit::Market {
                row: row.clone(),
                market,
            })
        }))
    };
    let on_country = {
        let row = row.clone();
        on_select(props.on_edit.reform(move |key: String| {
            let country = key.parse::<u8>().ok().and_then(Region::from_index);
            TeamPlanEdit::Country {
                row: row.clone(),
                country,
            }
        }))
    };
    let on_remove = props
        .on_edit
        .reform(move |_: MouseEvent| TeamPlanEdit::RemoveRow { row: row.clone() });
    let market_options = Market::ALL.into_iter().map(|m| {
        html! { <option value={market_index(m).to_string()} selected={m == line.market}>{ m.label() }</option> }
    });
    let countries = countries_with_on_cost(line.market, &props.on_costs);
    let average = format!("{} average", line.market.label());
    let country_options = countries.iter().map(|&r| {
        html! { <option value={r.index().to_string()} selected={line.country == Some(r)}>{ r.label() }</option> }
    });
    let used = row_on_cost(&line, &props.on_costs).describe();
    let prefix = format!("team-row-{}", props.number);
    html! {
        <li class="salary-team__row">
            <fieldset>
                <legend>{ format!("Row {}", props.number) }</legend>
                <div class="field-row">
                    <DraftField id={format!("{prefix}-count")} label="People"
                        value={line.count.to_string()} on_input={on_count} />
                    <div class="field">
                        <label for={format!("{prefix}-level")}>{ "Level" }</label>
                        <select id={format!("{prefix}-level")} onchange={on_level}>{ level_options(line.level) }</select>
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-market")}>{ "Market" }</label>
                        <select id={format!("{prefix}-market")} onchange={on_market}>{ for market_options }</select>
                    </div>
                    if !countries.is_empty() {
                        <div class="field">
                            <label for={format!("{prefix}-country")}>{ "Country" }</label>
                            <select id={format!("{prefix}-country")} onchange={on_country}>
                                <option value="" selected={line.country.is_none()}>{ average }</option>
                                { for country_options }
                            </select>
                        </div>
                    }
                </div>
                <p class="muted small team-row__on-cost">{ used }</p>
                <button type="button" class="button--quiet button--danger" onclick={on_remove}>
                    { "Remove" }<span class="visually-hidden">{ format!(" row {}", props.number) }</span>
                </button>
            </fieldset>
        </li>
    }
}
