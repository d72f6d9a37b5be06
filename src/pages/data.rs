//! `#/data`: what is stored in this browser, and a copy of it to keep.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::Intro;
use crate::engine::store;
use crate::platform::{download, storage};

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let app = use_app();
    let message = use_state(|| None::<String>);
    let keys = storage::hirekit_keys();
    let total: usize = keys.iter().map(|(_, len)| len).sum();
    let kept: Vec<String> = keys
        .iter()
        .filter(|(k, _)| k.starts_with(storage::KEPT_PREFIX))
        .map(|(k, _)| k.clone())
        .collect();

    let export = {
        let app = app.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let text = store::save(&app.doc);
            let outcome = download::download("hirekit-export.json", "application/json", &text);
            message.set(Some(match outcome {
                Ok(()) => "Export saved as hirekit-export.json.".to_string(),
                Err(err) => err,
            }));
        })
    };
    let kept_rows = kept.into_iter().map(|key| {
        let on_download = {
            let key = key.clone();
            Callback::from(move |_: MouseEvent| {
                if let Ok(Some(raw)) = storage::read(&key) {
                    let _ = download::download(&format!("{}.json", key.replace(':', "-")), "application/json", &raw);
                }
            })
        };
        html! { <li><code>{ key.clone() }</code>{ " " }<button type="button" onclick={on_download}>{ "Download" }</button></li> }
    });
    let counts = format!(
        "{} role specs and {} candidates, {} KB stored in this browser.",
        app.doc.specs.len(),
        app.doc.candidates.len(),
        total.div_ceil(1024)
    );

    html! {
        <>
            <Intro title="Your data"
                how="Everything HireKit keeps stays in this browser's storage on this device. Export it to a file to back it up or move it to another browser. Import, erase and storage details are coming." />
            <section class="card">
                <h2>{ "Storage" }</h2>
                <p id="storage-summary">{ counts }</p>
                if !app.doc.is_empty() || total > 0 {
                    <p><button type="button" class="button--primary" onclick={export}>{ "Export everything" }</button></p>
                }
                if let Some(text) = (*message).clone() { <p role="status">{ text }</p> }
            </section>
            if total > 0 && keys.iter().any(|(k, _)| k.starts_with(storage::KEPT_PREFIX)) {
                <section class="card">
                    <h2>{ "Data kept aside" }</h2>
                    <p>{ "Stored data that HireKit could not read was kept here untouched. Download it to inspect it or to send it to us." }</p>
                    <ul>{ for kept_rows }</ul>
                </section>
            }
        </>
    }
}
