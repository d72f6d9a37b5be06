//! The candidates table (S1): who, stage, role spec, score, coverage and verdict, with delete.

use yew::prelude::*;

use super::status::verdict_badge;
use crate::engine::scoring::Verdict;
use crate::routes::{href, Route};

/// One candidate as the list shows them, worked out by the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub stage: &'static str,
    /// The role spec's title, or `None` when not chosen.
    pub spec: Option<String>,
    /// "3.4", or "—" when not scored.
    pub score: String,
    pub coverage: String,
    pub verdict: Option<Verdict>,
}

#[derive(PartialEq)]
pub struct ListProps {
    pub rows: Vec<Row>,
    pub on_delete: Callback<String>,
}

pub fn candidate_list(props: &ListProps) -> Html {
    let rows = props.rows.iter().map(|row| {
        let id = row.id.clone();
        let delete = props.on_delete.reform(move |_: MouseEvent| id.clone());
        let label = format!("Delete {}", row.name);
        let spec = row.spec.clone().unwrap_or_else(|| "No role spec yet".into());
        let verdict = match row.verdict {
            Some(verdict) => verdict_badge(verdict),
            None => html! { <span class="muted">{ "Choose a role spec" }</span> },
        };
        html! {
            <tr>
                <th scope="row"><a href={href(&Route::Candidate { id: row.id.clone() })}>{ row.name.clone() }</a></th>
                <td data-label="Stage">{ row.stage }</td>
                <td data-label="Role spec">{ spec }</td>
                <td class="num" data-label="Score">{ row.score.clone() }</td>
                <td class="num" data-label="Coverage">{ row.coverage.clone() }</td>
                <td data-label="Verdict">{ verdict }</td>
                <td><button type="button" class="button--quiet button--danger" aria-label={label} onclick={delete}>{ "Delete" }</button></td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="candidate-list stack-on-phone">
                <caption class="visually-hidden">{ "Candidates" }</caption>
                <thead><tr>
                    <th scope="col">{ "Name" }</th><th scope="col">{ "Stage" }</th><th scope="col">{ "Role spec" }</th>
                    <th scope="col" class="num">{ "Score" }</th><th scope="col" class="num">{ "Coverage" }</th>
                    <th scope="col">{ "Verdict" }</th><th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
