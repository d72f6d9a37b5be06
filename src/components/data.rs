//! Panels of the "Your data" screen: storage status and the import preview.

use yew::prelude::*;

use crate::engine::money;
use crate::engine::transfer::{ImportMode, ImportPreview};
use crate::platform::persist::Estimate;

#[derive(Properties, PartialEq)]
pub struct StoragePanelProps {
    pub specs: usize,
    pub candidates: usize,
    pub stored_bytes: usize,
    pub estimate: Option<Estimate>,
    pub persistent: Option<bool>,
    pub on_persist: Callback<MouseEvent>,
    pub kept: Vec<String>,
    pub on_download_kept: Callback<String>,
}

#[function_component(StoragePanel)]
pub fn storage_panel(props: &StoragePanelProps) -> Html {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let summary = format!(
        "{} and {}: {} KB in this browser's storage.",
        plural(props.specs, "role spec", "role specs"),
        plural(props.candidates, "candidate", "candidates"),
        money::thousands(props.stored_bytes.div_ceil(1024) as u64)
    );
    let quota = props.estimate.filter(|e| e.quota > 0.0).map(|e| {
        format!(
            "The browser lets this site keep up to {} MB.",
            money::thousands((e.quota / 1_048_576.0).floor() as u64)
        )
    });
    let persistence = match props.persistent {
        Some(true) => "✓ Persistent: the browser will not clear HireKit's data on its own.",
        Some(false) => {
            "Not persistent: the browser may clear this data if the device runs low on space."
        }
        None => "This browser does not say whether it keeps this data.",
    };
    let kept = props.kept.iter().map(|key| {
        let on_click = props.on_download_kept.reform({
            let key = key.clone();
            move |_: MouseEvent| key.clone()
        });
        html! { <li><code>{ key.clone() }</code>{ " " }<button type="button" onclick={on_click}>{ "Download" }</button></li> }
    });
    html! {
        <section class="card" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{ "Storage" }</h2>
            <p id="storage-summary">{ summary }</p>
            if let Some(quota) = quota { <p class="muted">{ quota }</p> }
            <p id="persistence">{ persistence }</p>
            if props.persistent == Some(false) {
                <button type="button" onclick={props.on_persist.clone()}>{ "Ask the browser to keep it" }</button>
            }
            if !props.kept.is_empty() {
                <h3>{ "Data kept aside" }</h3>
                <p>{ "Stored data that HireKit could not read was set aside untouched. Download it to look at it or to recover it by hand." }</p>
                <ul>{ for kept }</ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    pub preview: Option<ImportPreview>,
    pub on_file: Callback<Event>,
    /// `Some(mode)` imports; `None` cancels.
    pub on_choose: Callback<Option<ImportMode>>,
}

#[function_component(ImportPanel)]
pub fn import_panel(props: &ImportPanelProps) -> Html {
    let choice = |mode: Option<ImportMode>| props.on_choose.reform(move |_: MouseEvent| mode);
    let preview = props.preview.as_ref().map(|p| {
        let warning = p.problem.as_ref().map(|problem| html! { <p class="status status--warn">{ format!("⚠ {problem}") }</p> });
        let lines = |mode| p.summary(mode).into_iter().map(|line| html! { <li>{ line }</li> }).collect::<Html>();
        html! {
            <div class="import-preview" role="region" aria-label="What the import will change">
                { for warning }
                <h3>{ "Merge" }</h3>
                <ul>{ lines(ImportMode::Merge) }</ul>
                <h3>{ "Replace" }</h3>
                <ul>{ lines(ImportMode::Replace) }</ul>
                <div class="button-row">
                    <button type="button" class="button--primary" onclick={choice(Some(ImportMode::Merge))}>{ "Merge into my data" }</button>
                    <button type="button" onclick={choice(Some(ImportMode::Replace))}>{ "Replace my data" }</button>
                    <button type="button" class="button--quiet" onclick={choice(None)}>{ "Cancel" }</button>
                </div>
            </div>
        }
    });
    html! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{ "Import" }</h2>
            <div class="field">
                <label for="import-file">{ "HireKit export file" }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={props.on_file.clone()} />
                <p class="help">{ "You will see what changes before anything is imported." }</p>
            </div>
            { for preview }
        </section>
    }
}
