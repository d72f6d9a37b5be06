//! `#/candidates`: add a candidate, the list with each one's verdict, delete with undo, and the
//! comparison for a chosen role spec (S1, S5, S7).

mod compare;

use yew::prelude::*;

use crate::app::use_app;
use crate::components::candidate::card_edit::submitted_only;
use crate::components::candidate::list::{candidate_list, ListProps, Row};
use crate::components::intro::intro;
use crate::engine::money;
use crate::engine::scoring::score;
use crate::engine::store::Document;
use crate::routes::{navigate, Route};

/// The list's rows: scores count submitted scorecards only, like the candidate's own result.
fn rows(doc: &Document) -> Vec<Row> {
    doc.candidates
        .iter()
        .map(|c| {
            let assessed = doc.assessed_spec(c);
            let report = assessed.map(|a| score(a.spec(), &submitted_only(c).scorecards));
            Row {
                id: c.id.clone(),
                name: c.name.clone(),
                stage: c.stage.label(),
                spec: assessed.map(|a| a.list_title()),
                score: report
                    .as_ref()
                    .and_then(|r| r.overall)
                    .map_or_else(|| "—".to_string(), |o| format!("{o:.1}")),
                coverage: report
                    .as_ref()
                    .map_or_else(|| "—".to_string(), |r| money::percent(r.coverage * 100.0)),
                verdict: report.map(|r| r.verdict),
            }
        })
        .collect()
}

pub const TITLE: &str = "Candidates";
pub const HOW: &str = "Add the people you are interviewing and pick the role spec they are assessed against. Each interviewer fills in a scorecard on their own; the result weighs the ratings by the spec and checks the must-haves. Compare everyone for one spec below.";

#[function_component(CandidatesPage)]
pub fn page() -> Html {
    let app = use_app();
    let name = use_state(String::new);
    let add = {
        let name = name.clone();
        app.callback(move |app, e: SubmitEvent| {
            e.prevent_default();
            // A new candidate is most likely for the only role being hired for.
            let spec_id = match app.doc.specs.as_slice() {
                [only] => Some(only.id.clone()),
                _ => None,
            };
            let id = app.create_candidate(&name, spec_id);
            name.set(String::new());
            navigate(&Route::Candidate { id });
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_delete = app.callback(|app, id: String| app.delete_candidate(&id));
    let rows = rows(&app.doc);
    let blank = name.trim().is_empty();
    html! {
        <>
            { intro(TITLE, HOW) }
            <form class="card add-candidate" onsubmit={add}>
                <div class="field">
                    <label for="new-candidate">{ "Name or pseudonym" }</label>
                    <input id="new-candidate" type="text" value={(*name).clone()} oninput={on_name} />
                    <p class="help">{ "A pseudonym is fine: you decide how much to keep. Everything stays on this device." }</p>
                </div>
                <button type="submit" class="button--primary" disabled={blank}>{ "Add candidate" }</button>
            </form>
            if rows.is_empty() {
                <p class="empty">{ "No candidates yet: add the first person you are interviewing above." }</p>
            } else {
                { candidate_list(&ListProps { rows, on_delete }) }
            }
            <compare::CompareSection />
        </>
    }
}
