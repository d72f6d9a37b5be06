//! One row of the team planner: how many people, at which level, in which market.

use yew::prelude::*;

use crate::engine::input;

use super::band_card::level_options;
use super::field::{on_select, DraftField};
use super::model::{level_from_key, market_index};
use crate::engine::region::Market;
use crate::engine::salary::TeamLine;

/// Most people one row can hold: enough for any team, small enough to stay readable.
const MAX_COUNT: u32 = 500;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TeamRow {
    pub id: u32,
    pub line: TeamLine,
}

#[derive(Properties, PartialEq)]
pub struct TeamRowProps {
    /// Position shown to the user, from 1.
    pub number: usize,
    pub row: TeamRow,
    /// The row's id and its new line, or `None` to remove it.
    pub on_change: Callback<(u32, Option<TeamLine>)>,
}

#[function_component(TeamRowView)]
pub fn team_row_view(props: &TeamRowProps) -> Html {
    let TeamRow { id, line } = props.row;
    let set = props
        .on_change
        .reform(move |line: TeamLine| (id, Some(line)));
    let on_count = {
        let set = set.clone();
        Callback::from(move |text: String| {
            match input::whole(&text, 0, u64::from(MAX_COUNT), "people") {
                Ok(count) => {
                    let count = u32::try_from(count).unwrap_or(MAX_COUNT);
                    set.emit(TeamLine { count, ..line });
                    None
                }
                Err(why) => Some(why),
            }
        })
    };
    let on_level = on_select(set.filter_reform(move |key: String| {
        level_from_key(&key).map(|level| TeamLine { level, ..line })
    }));
    let on_market = on_select(set.filter_reform(move |key: String| {
        let market = key
            .parse::<usize>()
            .ok()
            .and_then(|i| Market::ALL.get(i).copied())?;
        Some(TeamLine { market, ..line })
    }));
    let on_remove = props.on_change.reform(move |_: MouseEvent| (id, None));
    let market_options = Market::ALL.into_iter().map(|m| {
        html! { <option value={market_index(m).to_string()} selected={m == line.market}>{ m.label() }</option> }
    });
    let prefix = format!("team-{id}");
    html! {
        <li class="salary-team__row">
            <fieldset>
                <legend>{ format!("Row {}", props.number) }</legend>
                <div class="field-row">
                    <DraftField id={format!("{prefix}-count")} label="People" inputmode="numeric"
                        value={line.count.to_string()} on_input={on_count} />
                    <div class="field">
                        <label for={format!("{prefix}-level")}>{ "Level" }</label>
                        <select id={format!("{prefix}-level")} onchange={on_level}>{ level_options(line.level) }</select>
                    </div>
                    <div class="field">
                        <label for={format!("{prefix}-market")}>{ "Market" }</label>
                        <select id={format!("{prefix}-market")} onchange={on_market}>{ for market_options }</select>
                    </div>
                </div>
                <button type="button" class="button--quiet button--danger" onclick={on_remove}>
                    { "Remove" }<span class="visually-hidden">{ format!(" row {}", props.number) }</span>
                </button>
            </fieldset>
        </li>
    }
}
