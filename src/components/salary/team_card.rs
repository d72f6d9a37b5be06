//! Team planner (C4): rows of hires by level and market, the team's annual salaries and total
//! cost, and what the same team would cost in the US. The rows live on this screen only.

use yew::prelude::*;

use super::model::distinct_sources;
use super::team_results::TeamResults;
use super::team_row::{TeamRow, TeamRowView};
use crate::engine::region::Market;
use crate::engine::salary::{plan_team, Band, Level, LocalCurrency, OnCostSettings, TeamLine};

#[derive(Properties, PartialEq)]
pub struct TeamCardProps {
    pub bands: Vec<Band>,
    pub on_costs: OnCostSettings,
    pub currency: Option<LocalCurrency>,
}

/// The rows and the next row's id (ids keep each row's fields in place when one is removed).
#[derive(Clone, Default, PartialEq)]
struct Rows {
    next_id: u32,
    rows: Vec<TeamRow>,
}

#[function_component(TeamCard)]
pub fn team_card(props: &TeamCardProps) -> Html {
    let rows = use_state(Rows::default);
    let on_add = {
        let rows = rows.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*rows).clone();
            next.rows.push(TeamRow {
                id: next.next_id,
                line: TeamLine {
                    count: 1,
                    level: Level::Mid,
                    market: Market::LatinAmerica,
                },
            });
            next.next_id += 1;
            rows.set(next);
        })
    };
    // `None` removes the row; `Some` replaces its line.
    let on_row = {
        let rows = rows.clone();
        Callback::from(move |(id, line): (u32, Option<TeamLine>)| {
            let mut next = (*rows).clone();
            match line {
                Some(line) => next
                    .rows
                    .iter_mut()
                    .filter(|r| r.id == id)
                    .for_each(|r| r.line = line),
                None => next.rows.retain(|r| r.id != id),
            }
            rows.set(next);
        })
    };
    let lines: Vec<TeamLine> = rows.rows.iter().map(|r| r.line).collect();
    let plan = plan_team(&lines, &props.bands, &props.on_costs);
    let sources = AttrValue::from(distinct_sources(props.bands.iter().map(|b| b.source)));
    let row_views = rows.rows.iter().enumerate().map(|(i, row)| {
        html! { <TeamRowView key={row.id} number={i + 1} row={*row} on_change={on_row.clone()} /> }
    });
    html! {
        <section class="card" aria-labelledby="team-heading">
            <h2 id="team-heading">{ "Team planner" }</h2>
            <p class="how-it-works">{ "Add a row for each group of hires. Totals use the bands and each market's on-cost, and compare with the same people hired in the US at the same levels." }</p>
            if rows.rows.is_empty() {
                <p class="empty">{ "No hires in the plan yet: add a row to start." }</p>
            } else {
                <ol class="salary-team">{ for row_views }</ol>
            }
            <p><button type="button" onclick={on_add}>{ "Add a row of hires" }</button></p>
            if plan.headcount > 0 {
                <TeamResults plan={plan} currency={props.currency.clone()} {sources} />
            }
        </section>
    }
}
