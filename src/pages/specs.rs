//! `#/specs`: the library of saved role specs.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::use_app;
use crate::components::intro::Intro;
use crate::engine::role::RoleSpec;
use crate::platform::clock;
use crate::routes::Route;
use crate::state::Action;

#[function_component(SpecsPage)]
pub fn specs_page() -> Html {
    let app = use_app();
    let navigator = use_navigator();
    let create = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let id = clock::new_id("spec");
            app.dispatch(Action::CreateSpec {
                id: id.clone(),
                now: clock::now_ms(),
                spec: RoleSpec::default(),
            });
            if let Some(nav) = &navigator {
                nav.push(&Route::Spec { id });
            }
        })
    };
    let rows = app.doc.specs.iter().map(|saved| {
        html! {
            <li>
                <Link<Route> to={Route::Spec { id: saved.id.clone() }}>{ saved.spec.title.clone() }</Link<Route>>
                <span class="muted">{ format!(" · edited {}", clock::local_time(saved.updated_at)) }</span>
            </li>
        }
    });
    html! {
        <>
            <Intro title="Role specs"
                how="A role spec says what you are hiring for: the stack, which competencies matter and how much, the must-haves, where the person can live, and the budget. The interview kit, the scorecards and the salary check all read from it." />
            <p><button type="button" class="button--primary" onclick={create}>{ "New role spec" }</button></p>
            if app.doc.specs.is_empty() {
                <p class="empty">{ "No role specs yet: create one to start." }</p>
            } else {
                <ul class="record-list">{ for rows }</ul>
            }
        </>
    }
}
