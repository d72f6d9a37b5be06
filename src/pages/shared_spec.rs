//! `#/s/<payload>`: a role spec opened from a shared link (R4). Read-only until "Save a copy";
//! nothing is stored before that, and a link that fails its checks changes nothing at all.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::components::spec::summary::{spec_summary, weights_table, SpecSummaryProps};
use crate::engine::job_description::job_description;
use crate::engine::link::spec::decode_spec;
use crate::pages::later::below_fold;
use crate::routes::{href, navigate, Route};

pub const TITLE: &str = "Shared role spec";
pub const HOW: &str = "Someone sent you this role spec as a link. The whole spec travels inside the link itself, \
never through a server, and it holds no candidate data. Read it here; nothing is saved in this browser until \
you press \"Save a copy\".";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub payload: String,
}

#[function_component(SharedSpecPage)]
pub fn page(props: &Props) -> Html {
    let app = use_app();
    let decoded = use_memo(props.payload.clone(), |payload| {
        decode_spec(payload).map(Rc::new)
    });
    let spec = match &*decoded {
        Ok(spec) => spec.clone(),
        Err(error) => {
            return html! {
                <>
                    { intro("This link can't be opened", "A shared link carries a whole role spec, with a check that catches any change or missing part. This one could not be read, so nothing is shown and nothing you have saved has changed.") }
                    <p class="banner banner--warning" role="alert">{ "⚠ " }{ error.to_string() }</p>
                    <p class="button-row">
                        <a href={href(&Route::Home)}>{ "Go to the home page" }</a>
                        <a href={href(&Route::Specs)}>{ "Your role specs" }</a>
                    </p>
                </>
            };
        }
    };
    let save_copy = {
        let spec = spec.clone();
        app.callback(move |app, _: MouseEvent| {
            let id = app.create_spec((*spec).clone());
            navigate(&Route::Spec { id });
        })
    };
    html! {
        <>
            { intro(TITLE, HOW) }
            <div class="button-row">
                <button type="button" class="button--primary" onclick={save_copy}>{ "Save a copy" }</button>
            </div>
            <p class="muted">{ "Your copy is yours to change: the sender's spec stays as it is." }</p>
            { spec_summary(&SpecSummaryProps { spec: spec.clone(), weights: below_fold({ let spec = spec.clone(); move || weights_table(&spec) }) }) }
            // Below a phone's first screenful: each draws a task after the screen.
            { below_fold(move || html! {
                <section class="card job-description" aria-labelledby="jd-heading">
                    <h2 id="jd-heading">{ "Job description" }</h2>
                    <pre class="markdown" tabindex="0" aria-label="Job description in Markdown">{ job_description(&spec) }</pre>
                </section>
            }) }
        </>
    }
}
