//! `#/`: what HireKit is, the four tools, and recent work.

use crate::engine::order;
use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::routes::{href, Route};

pub const TITLE: &str = "Hire backend developers with a plan";
pub const HOW: &str = "HireKit takes you from a role spec to an interview kit, to scorecards, to a decision, with salary and cost in view at each step. Everything runs in this browser: there is no account and no server, and candidate data never leaves this device.";

const TOOLS: [(Route, &str, &str); 4] = [
    (
        Route::Specs,
        "Role specs",
        "Describe the backend role: stack, competencies and their weights, must-haves, regions and budget. Share it as a link.",
    ),
    (
        Route::Kit,
        "Interview kit",
        "Turn a spec into a timed, structured interview: questions with what good answers show, and a live checklist.",
    ),
    (
        Route::Candidates,
        "Candidates",
        "Collect each interviewer's scorecard, see a weighted score with must-have gates, and compare candidates.",
    ),
    (
        Route::Salary,
        "Salary",
        "See US and Latin America salary bands, total employment cost, savings, and where an ask sits.",
    ),
];

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let app = use_app();
    let mut recent_specs: Vec<_> = app.doc.specs.iter().collect();
    order::sort_by_key(&mut recent_specs, |s| std::cmp::Reverse(s.updated_at));
    let recent_specs = recent_specs.into_iter().take(5).map(|saved| {
        html! { <li><a href={href(&Route::Spec { id: saved.id.clone() })}>{ saved.spec.display_title().to_string() }</a></li> }
    });
    let recent_candidates = app.doc.candidates.iter().rev().take(5).map(|c| {
        let shown = c.list_name();
        // The whole name stays available on hover when the list cuts it.
        let full = (shown.len() != c.name.len()).then(|| c.name.clone());
        html! { <li title={full}><a href={href(&Route::Candidate { id: c.id.clone() })}>{ shown.into_owned() }</a></li> }
    });
    let tools = TOOLS.iter().map(|(route, name, what)| {
        html! {
            <li class="card tool-card">
                <h2><a href={href(route)}>{ *name }</a></h2>
                <p>{ *what }</p>
            </li>
        }
    });
    let no_work = app.doc.is_empty();
    html! {
        <>
            { intro(TITLE, HOW) }
            <ul class="tool-grid">{ for tools }</ul>
            <section aria-labelledby="recent">
                <h2 id="recent">{ "Recent work" }</h2>
                if no_work {
                    <p class="empty">{ "Nothing here yet: start with a role spec, or add a candidate." }</p>
                } else {
                    <div class="two-col">
                        <div><h3>{ "Role specs" }</h3><ul>{ for recent_specs }</ul></div>
                        <div><h3>{ "Candidates" }</h3><ul>{ for recent_candidates }</ul></div>
                    </div>
                }
            </section>
        </>
    }
}
