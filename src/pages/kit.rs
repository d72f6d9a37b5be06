//! `#/kit`: the question bank and the saved specs (I1); `#/kit/<spec-id>`: the kit for one spec.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::components::kit::bank::QuestionBank;
use crate::components::kit::structured_note::structured_note;
use crate::routes::{href, Route};

mod edits;
mod spec_kit;

pub const TITLE: &str = "Interview kit";
pub const HOW: &str = "Pick a role spec and HireKit builds a structured interview from the question bank: the same questions for every candidate, chosen in proportion to what the role weighs most, within the minutes you give each stage. You can swap, add, remove and reorder questions, print the kit, and run it live.";

/// The question bank, or the kit of one spec.
pub fn page(spec_id: Option<String>) -> Html {
    match spec_id {
        Some(id) => html! { <spec_kit::SpecKit spec_id={id} /> },
        None => html! { <BankPage /> },
    }
}

#[function_component(BankPage)]
fn bank_page() -> Html {
    let app = use_app();
    let specs = app.doc.specs.iter().map(|saved| {
        let state = if saved.kit.is_some() {
            "Kit ready"
        } else {
            "No kit yet"
        };
        html! {
            <li>
                <strong>{ saved.spec.display_title().to_string() }</strong>
                <span class="muted">{ format!(" · {state} · ") }</span>
                <a href={href(&Route::SpecKit { spec_id: saved.id.clone() })}>
                    { "Open the kit for this spec" }
                    <span class="visually-hidden">{ format!(": {}", saved.spec.display_title()) }</span>
                </a>
            </li>
        }
    });
    html! {
        <>
            { intro(TITLE, HOW) }
            <section aria-labelledby="kit-specs">
                <h2 id="kit-specs">{ "Kits for your role specs" }</h2>
                if app.doc.specs.is_empty() {
                    <p class="empty">
                        { "No role specs yet. A kit starts from a spec: " }
                        <a href={href(&Route::Specs)}>{ "create a role spec first" }</a>{ "." }
                    </p>
                } else {
                    <ul class="record-list">{ for specs }</ul>
                }
            </section>
            { structured_note() }
            <QuestionBank />
        </>
    }
}
