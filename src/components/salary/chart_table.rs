//! The chart's figures as a table: its text equivalent, readable by screen readers and in print.

use yew::prelude::*;

use crate::engine::money;
use crate::engine::salary::ChartRow;

#[derive(PartialEq)]
pub struct ChartTableProps {
    pub rows: Vec<ChartRow>,
    pub ask: Option<u64>,
}

pub fn chart_table(props: &ChartTableProps) -> Html {
    let ask = props
        .ask
        .map(|ask| format!("The ask marked on the chart: {}.", money::usd(ask)));
    let rows = props.rows.iter().map(|row| {
        let top = if row.open {
            format!("{}+", money::usd(row.max))
        } else {
            money::usd(row.max)
        };
        let above = if row.open {
            "Yes: no ceiling given"
        } else {
            "No"
        };
        html! {
            <tr>
                <th scope="row">{ row.label.clone() }</th>
                <td class="num">{ money::usd(row.min) }</td>
                <td class="num">{ top }</td>
                <td>{ above }</td>
                <td class="source">{ row.source }</td>
            </tr>
        }
    });
    html! {
        <>
        if let Some(ask) = ask {
            <p class="salary-chart-ask">{ ask }</p>
        }
        <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways for every column →" }</p>
        <div class="table-wrap">
            <table class="salary-chart-table">
                <caption>{ "The chart as a table" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Band" }</th>
                        <th scope="col" class="num">{ "Bottom" }</th>
                        <th scope="col" class="num">{ "Listed top" }</th>
                        <th scope="col">{ "Pay above the top" }</th>
                        <th scope="col">{ "Source" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
        </>
    }
}
