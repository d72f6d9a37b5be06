//! Panels of the "Your data" screen: storage status and the import preview.

use yew::prelude::*;

use crate::engine::money;
use crate::engine::transfer::{ImportMode, ImportPreview};
use crate::platform::storage::LOCAL_STORAGE_CHARS;

#[derive(PartialEq)]
pub struct StoragePanelProps {
    pub specs: usize,
    pub candidates: usize,
    pub stored_bytes: usize,
    /// Characters (UTF-16 units) this site holds in localStorage, keys included.
    pub used_chars: usize,
    pub persistent: Option<bool>,
    pub on_persist: Callback<MouseEvent>,
    pub kept: Vec<String>,
    pub on_download_kept: Callback<String>,
}

pub fn storage_panel(props: &StoragePanelProps) -> Html {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let summary = format!(
        "{} and {}: {} KB in this browser's storage.",
        plural(props.specs, "role spec", "role specs"),
        plural(props.candidates, "candidate", "candidates"),
        money::thousands(props.stored_bytes.div_ceil(1024) as u64)
    );
    // The disk quota (`navigator.storage.estimate`) does not bound localStorage, where the
    // document lives.
    let percent = (props.used_chars * 100).div_ceil(LOCAL_STORAGE_CHARS);
    let quota = format!(
        "The storage HireKit uses (localStorage) holds about {} characters per site in Chrome, Edge, Firefox and Safari, whatever disk space is free; {percent}% of it is in use.",
        money::thousands(LOCAL_STORAGE_CHARS as u64)
    );
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
            <p class="muted" id="storage-limit">{ quota }</p>
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

#[derive(PartialEq)]
pub struct ImportPanelProps {
    pub preview: Option<ImportPreview>,
    /// Why the picked file cannot be imported, shown next to the file control.
    pub error: Option<String>,
    pub on_file: Callback<Event>,
    /// `Some(mode)` imports; `None` cancels.
    pub on_choose: Callback<Option<ImportMode>>,
}

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
                <input id="import-file" type="file" accept=".json,application/json" onchange={props.on_file.clone()}
                    aria-invalid={props.error.is_some().to_string()} aria-describedby="import-help import-error" />
                <p class="help" id="import-help">{ "You will see what changes before anything is imported." }</p>
                <p class="error" id="import-error" role="alert">{ props.error.clone().map(|e| format!("⚠ {e}")) }</p>
            </div>
            { for preview }
        </section>
    }
}
