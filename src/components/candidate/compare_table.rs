//! Candidates x competencies for one role spec (S5). Column headers are buttons that sort;
//! `aria-sort` tells screen readers which column sorts and which way.

use yew::prelude::*;

use super::status::verdict_badge;
use crate::engine::compare::{Comparison, SortColumn};

#[derive(PartialEq)]
pub struct CompareProps {
    /// Already sorted by the page.
    pub table: Comparison,
    pub sort: (SortColumn, bool),
    pub on_sort: Callback<SortColumn>,
}

fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), |v| format!("{v:.1}"))
}

pub fn compare_table(props: &CompareProps) -> Html {
    let (sorted, descending) = props.sort;
    let header = |column: SortColumn, label: String, numeric: bool| {
        let aria_sort = match (column == sorted, descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        };
        let onclick = props.on_sort.reform(move |_: MouseEvent| column);
        let class = if numeric { "num" } else { "" };
        html! {
            <th scope="col" aria-sort={aria_sort} {class}>
                <button type="button" {onclick}>{ label }<span aria-hidden="true" class="sort-mark">{ mark(aria_sort) }</span></button>
            </th>
        }
    };
    let competency_headers = props
        .table
        .competencies
        .iter()
        .map(|&c| header(SortColumn::Competency(c), c.label().to_string(), true));
    let rows = props.table.rows.iter().map(|row| {
        let cells = row
            .scores
            .iter()
            .map(|s| html! { <td class="num">{ score(*s) }</td> });
        html! {
            <tr>
                <th scope="row">{ row.name.clone() }</th>
                <td>{ verdict_badge(row.verdict) }</td>
                <td class="num">{ score(row.overall) }</td>
                <td class="num">{ crate::engine::money::percent(row.coverage * 100.0) }</td>
                { for cells }
            </tr>
        }
    });
    html! {
        <>
        // The caption sits outside the scrolling box, so a phone shows all of it.
        <p class="table-caption" id="compare-caption">{ "Average score per competency, 1 to 4 (— means not assessed). Select a column heading to sort." }</p>
        <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways for every column →" }</p>
        <div class="table-wrap">
            <table class="compare" aria-labelledby="compare-caption">
                <thead><tr>
                    { header(SortColumn::Name, "Name".into(), false) }
                    <th scope="col">{ "Verdict" }</th>
                    { header(SortColumn::Overall, "Overall".into(), true) }
                    { header(SortColumn::Coverage, "Coverage".into(), true) }
                    { for competency_headers }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
        </>
    }
}

fn mark(aria_sort: &str) -> &'static str {
    match aria_sort {
        "ascending" => " ▲",
        "descending" => " ▼",
        _ => "",
    }
}
