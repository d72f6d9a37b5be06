//! The "Compare" section: every candidate assessed against one role spec, by competency,
//! sortable, and downloadable as CSV (S5, S7).

use yew::prelude::*;

use crate::app::use_app;
use crate::components::candidate::card_edit::submitted_only;
use crate::components::candidate::compare_radar::CompareRadar;
use crate::components::candidate::compare_table::{compare_table, CompareProps};
use crate::engine::bidi::isolate;
use crate::engine::candidate::Candidate;
use crate::engine::compare::{comparison, comparison_csv, sort_by, SortColumn};
use crate::platform::download;

#[function_component(CompareSection)]
pub fn compare_section() -> Html {
    let app = use_app();
    let chosen = use_state(|| None::<String>);
    let sort = use_state(|| (SortColumn::Overall, true));
    let problem = use_state(|| None::<String>);
    let doc = &app.doc;
    // Specs that were deleted but are kept with their candidates can still be compared.
    let kept = doc.kept_specs();
    // Default: the first spec that has candidates, so the table is useful at once.
    let spec_id = (*chosen).clone().or_else(|| {
        doc.specs
            .iter()
            .find(|s| doc.candidates_using(&s.id) > 0)
            .map(|s| s.id.clone())
            .or_else(|| kept.first().map(|(id, _)| id.to_string()))
            .or_else(|| doc.specs.first().map(|s| s.id.clone()))
    });
    let spec = spec_id.as_deref().and_then(|id| {
        doc.spec(id)
            .map(|s| &s.spec)
            .or_else(|| kept.iter().find(|(k, _)| *k == id).map(|(_, s)| *s))
    });
    let is_kept = spec_id.as_deref().is_some_and(|id| doc.spec(id).is_none()) && spec.is_some();
    let assessed: Vec<Candidate> = doc
        .candidates
        .iter()
        .filter(|c| c.spec_id.is_some() && c.spec_id == spec_id)
        .map(submitted_only)
        .collect();
    let table = spec.map(|s| {
        let mut table = comparison(s, &assessed);
        sort_by(&mut table, sort.0, sort.1);
        table
    });

    // Callbacks
    let on_spec = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(Some(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            ))
        })
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |column: SortColumn| {
            // Same column: flip. A new column: names A-Z, numbers best first.
            let descending = if sort.0 == column {
                !sort.1
            } else {
                column != SortColumn::Name
            };
            sort.set((column, descending));
        })
    };
    let csv = table.as_ref().map(comparison_csv);
    let required: Vec<f64> = match (&table, spec) {
        (Some(t), Some(s)) => t
            .competencies
            .iter()
            .map(|&c| f64::from(s.requirement(c).required.value()))
            .collect(),
        _ => Vec::new(),
    };
    let on_csv = {
        let (csv, problem) = (csv.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = &csv {
                problem.set(download::download("hirekit-comparison.csv", "text/csv", text).err());
            }
        })
    };

    let options = doc.specs.iter().map(|s| {
        let selected = spec_id.as_ref() == Some(&s.id);
        html! { <option value={s.id.clone()} {selected}>{ s.spec.display_title().to_string() }</option> }
    });
    let kept_options = kept.iter().map(|(id, s)| {
        let selected = spec_id.as_deref() == Some(*id);
        let title = format!("{} (deleted)", isolate(s.display_title()));
        html! { <option value={id.to_string()} {selected}>{ title }</option> }
    });
    let body = match &table {
        None => {
            html! { <p class="empty">{ "No role specs yet: create one under Role specs, then pick it for your candidates." }</p> }
        }
        Some(_) if assessed.is_empty() => {
            html! { <p class="empty">{ "No candidate is assessed against this role spec yet: choose it in a candidate's profile." }</p> }
        }
        Some(table) => html! {
            <>
                if is_kept {
                    <p class="warning spec-kept" role="note">{ "Role spec deleted; showing the version kept with these candidates." }</p>
                }
                { compare_table(&CompareProps { table: table.clone(), sort: *sort, on_sort }) }
                <CompareRadar table={table.clone()} required={required.clone()} />
                <div class="button-row no-print">
                    <button type="button" onclick={on_csv}>{ "Download CSV" }</button>
                </div>
                if let Some(why) = (*problem).clone() { <p class="error" role="alert">{ why }</p> }
                <p class="source">{ "Scores: HireKit's own calculation from your interviewers' submitted scorecards and the role spec's weights." }</p>
            </>
        },
    };
    html! {
        <section class="card compare-section" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ "Compare" }</h2>
            if !doc.specs.is_empty() || !kept.is_empty() {
                <div class="field">
                    <label for="compare-spec">{ "Role spec" }</label>
                    <select id="compare-spec" onchange={on_spec}>{ for options }{ for kept_options }</select>
                    <p class="help">{ "Shows the candidates assessed against this spec, one column per competency it weights. Only submitted scorecards count." }</p>
                </div>
            }
            { body }
        </section>
    }
}
