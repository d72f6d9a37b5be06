//! `#/specs/<id>`: edit one role spec (R1), with advice (R6), the share link (R4) and the live job
//! description (R3) beside it. Every change is saved at once as a `SpecEdit`.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::components::spec::competency_table::competency_table;
use crate::components::spec::edit::{advice, markdown_file_name};
use crate::components::spec::panels::{
    job_panel, share_panel, warnings_panel, JobPanelProps, SharePanelProps, WarningsPanelProps,
};
use crate::components::spec::place_fields::{ai_fields, place_fields, terms_fields};
use crate::components::spec::role_fields::{role_fields, stack_fields, SpecPartProps};
use crate::engine::job_description::job_description;
use crate::engine::link::spec::encode_spec;
use crate::engine::role::RoleSpec;
use crate::engine::salary::{band_floor, effective_bands, Band};
use crate::engine::spec_rules::{validate, warnings};
use crate::platform::{clipboard, download, link};
use crate::routes::{href, Route};

pub const TITLE: &str = "Role spec builder";
pub const HOW: &str = "Work down the form; every change is saved as you type. Weights are relative: each area's \
share of 100% shows next to it and drives how much interview time the kit gives it. The advice panel flags \
combinations that rarely work, and the job description on the side follows every edit.";

#[derive(Properties, PartialEq)]
pub struct SpecBuilderProps {
    pub id: String,
}

/// Warnings for the spec, with the budget checked against the bands in use (the user's or the guide's).
fn spec_warnings(spec: &RoleSpec, bands: &[Band]) -> Vec<String> {
    let floor =
        |market, level| band_floor(bands, market, level).and_then(|f| u32::try_from(f).ok());
    warnings(spec, &floor)
        .into_iter()
        .map(|w| w.message)
        .collect()
}

fn band_sources(bands: &[Band]) -> String {
    let mut sources: Vec<&str> = bands.iter().map(|b| b.source).collect();
    sources.dedup();
    sources.join("; ")
}

/// Runs a clipboard copy and reports the outcome in `status`.
fn copy_then_report(text: String, done: &'static str, status: UseStateHandle<Option<String>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let message = match clipboard::copy(&text).await {
            Ok(()) => done.to_string(),
            Err(refused) => refused,
        };
        status.set(Some(message));
    });
}

#[function_component(SpecBuilderPage)]
pub fn spec_builder_page(props: &SpecBuilderProps) -> Html {
    let app = use_app();
    // The spec a link was made for, and the link: shown while the spec is unchanged.
    let shared = use_state(|| None::<(RoleSpec, String)>);
    let share_status = use_state(|| None::<String>);
    let jd_status = use_state(|| None::<String>);
    let Some(saved) = app.doc.spec(&props.id) else {
        return html! {
            { intro("Role spec not found", "No saved role spec has this address. It may have been deleted, or saved in another browser. Open the list of role specs to pick another.") }
        };
    };
    let spec = Rc::new(saved.spec.clone());
    let problems = Rc::new(validate(&spec).err().unwrap_or_default());
    let bands = effective_bands(&app.doc.salary);
    let markdown = Rc::new(job_description(&spec));
    let link = shared
        .as_ref()
        .filter(|(at, _)| *at == *spec)
        .map(|(_, url)| url.clone());
    let stale = shared.is_some() && link.is_none();

    // Callbacks
    let on_edit = app.spec_editor(&props.id);
    let on_share = {
        let (spec, shared, status) = (spec.clone(), shared.clone(), share_status.clone());
        Callback::from(move |()| {
            let url = link::app_url(&format!("/s/{}", encode_spec(&spec)));
            shared.set(Some(((*spec).clone(), url.clone())));
            copy_then_report(
                url,
                "Link copied: paste it into a message or a ticket.",
                status.clone(),
            );
        })
    };
    let on_copy = {
        let (markdown, status) = (markdown.clone(), jd_status.clone());
        Callback::from(move |()| {
            copy_then_report(
                (*markdown).clone(),
                "Job description copied.",
                status.clone(),
            )
        })
    };
    let on_download = {
        let (markdown, status, title) = (markdown.clone(), jd_status.clone(), spec.title.clone());
        Callback::from(move |()| {
            let name = markdown_file_name(&title);
            let message = match download::download(&name, "text/markdown", &markdown) {
                Ok(()) => format!("Saved as {name}."),
                Err(refused) => refused,
            };
            status.set(Some(message));
        })
    };

    let parts = SpecPartProps {
        spec: spec.clone(),
        problems: problems.clone(),
        on_edit,
    };
    html! {
        <>
            { intro(TITLE, HOW) }
            <p class="builder-links no-print">
                <a href={href(&Route::Specs)}>{ "← All role specs" }</a>
                <a href={href(&Route::SpecKit { spec_id: props.id.clone() })}>{ "Interview kit for this spec →" }</a>
            </p>
            <div class="spec-builder">
                <div class="spec-form">
                    { role_fields(&parts) }
                    { stack_fields(&parts) }
                    { competency_table(&parts) }
                    { ai_fields(&parts) }
                    { place_fields(&parts) }
                    { terms_fields(&parts) }
                </div>
                <aside class="spec-side" aria-label="Advice, sharing and job description">
                    { warnings_panel(&WarningsPanelProps { warnings: advice(&problems, spec_warnings(&spec, &bands)), band_source: band_sources(&bands).into() }) }
                    { share_panel(&SharePanelProps { problems, link, stale, status: (*share_status).clone(), on_share }) }
                    { job_panel(&JobPanelProps { markdown, status: (*jd_status).clone(), on_copy, on_download }) }
                </aside>
            </div>
        </>
    }
}
