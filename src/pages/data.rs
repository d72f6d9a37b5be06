//! `#/data`: what is stored in this browser; export, import (with a preview), erase.

use std::rc::Rc;

mod device_name;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::use_app;
use crate::components::data::{import_panel, storage_panel, ImportPanelProps, StoragePanelProps};
use crate::components::intro::intro;
use crate::engine::store::{self, Document};
use crate::engine::transfer::{self, ImportMode, ImportPreview};
use crate::platform::{download, file, persist, storage};

pub const TITLE: &str = "Your data";
pub const HOW: &str = "Everything HireKit keeps stays in this browser on this device: nothing is sent anywhere. Export it to a file to back it up or to move it to another browser, import a file with a preview of what will change, or erase it all.";

#[function_component(DataPage)]
pub fn data_page() -> Html {
    let app = use_app();
    let message = use_state(|| None::<String>);
    let preview = use_state(|| None::<ImportPreview>);
    let import_error = use_state(|| None::<String>);
    let erased = use_state(|| None::<Rc<(Document, storage::Erased)>>);
    // Reading every key costs time with a full store: once per change, not on every render.
    let usage = use_state(Usage::default);
    {
        let usage = usage.clone();
        use_effect_with((app.revision, erased.is_some()), move |_| {
            usage.set(Usage::read())
        });
    }
    let persistent = use_state(|| None::<bool>);
    {
        let persistent = persistent.clone();
        use_effect_with(app.revision, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                persistent.set(persist::is_persistent().await);
            });
        });
    }

    // Callbacks
    let export = {
        let (app, message) = (app.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            let text = store::save(&app.doc);
            let outcome = download::download("hirekit-export.json", "application/json", &text);
            message.set(Some(
                outcome.map_or_else(|e| e, |()| "Saved hirekit-export.json.".into()),
            ));
        })
    };
    let pick_file = {
        let (app, preview, import_error) = (app.clone(), preview.clone(), import_error.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(picked) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            // A new file replaces the earlier preview at once: its buttons must not stay live.
            preview.set(None);
            import_error.set(None);
            let (current, preview, import_error) =
                (app.doc.clone(), preview.clone(), import_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match file::read_text(picked)
                    .await
                    .and_then(|t| transfer::preview(&current, &t))
                {
                    Ok(p) => preview.set(Some(p)),
                    Err(err) => import_error.set(Some(err)),
                }
            });
        })
    };
    let import = {
        let (app, message, preview) = (app.clone(), message.clone(), preview.clone());
        Callback::from(move |mode: Option<ImportMode>| {
            if let (Some(mode), Some(p)) = (mode, (*preview).as_ref()) {
                app.replace_document(transfer::apply(&app.doc, &p.incoming, mode));
                message.set(Some("Imported.".into()));
            }
            preview.set(None);
        })
    };
    let erase = {
        let (app, erased, message, usage) =
            (app.clone(), erased.clone(), message.clone(), usage.clone());
        Callback::from(move |_: MouseEvent| {
            let removed = storage::erase_all();
            message.set(Some(if removed.failed.is_empty() {
                "Everything HireKit kept in this browser is erased.".into()
            } else {
                format!(
                    "Erased, except what the browser would not remove: {}. Try again, or clear this site's data in the browser's settings.",
                    removed.failed.join(", ")
                )
            }));
            erased.set(Some(Rc::new((app.doc.clone(), removed))));
            app.erase_all();
            usage.set(Usage::read());
        })
    };
    let undo_erase = {
        let (app, erased, message) = (app.clone(), erased.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(undo) = (*erased).clone() {
                let (doc, removed) = &*undo;
                app.replace_document(doc.clone());
                let failed = removed.restore();
                message.set(Some(if failed.is_empty() {
                    "Your data is back, with everything erased alongside it.".into()
                } else {
                    format!(
                        "Your data is back, but these could not be put back: {}.",
                        failed.join(", ")
                    )
                }));
            }
            erased.set(None);
        })
    };
    let ask_persist = {
        let persistent = persistent.clone();
        Callback::from(move |_: MouseEvent| {
            let persistent = persistent.clone();
            wasm_bindgen_futures::spawn_local(async move {
                persistent.set(persist::request().await);
            });
        })
    };

    let download_kept = {
        let message = message.clone();
        Callback::from(move |key: String| {
            if let Err(err) = download::kept_data(&key) {
                message.set(Some(err));
            }
        })
    };
    let has_anything = !app.doc.is_empty() || !usage.keys.is_empty();
    let kept_count = usage.kept.len();

    html! {
        <>
            { intro(TITLE, HOW) }
            if let Some(text) = (*message).clone() { <p class="banner banner--info" role="status">{ text }</p> }
            if erased.is_some() {
                <p class="button-row"><button type="button" class="button--primary" onclick={undo_erase}>{ "Undo erase" }</button></p>
            }
            { storage_panel(&StoragePanelProps { specs: app.doc.specs.len(), candidates: app.doc.candidates.len(), stored_bytes: usage.keys.iter().map(|(_, n)| n).sum::<usize>(), used_chars: usage.used_chars, persistent: *persistent, on_persist: ask_persist, kept: usage.kept.clone(), on_download_kept: download_kept }) }
            <device_name::DeviceName />
            <section class="card" aria-labelledby="export-heading">
                <h2 id="export-heading">{ "Export" }</h2>
                <p>{ "One JSON file with every role spec, kit, candidate, scorecard and salary setting." }</p>
                <button type="button" class="button--primary" onclick={export} disabled={app.doc.is_empty()}>{ "Export everything" }</button>
            </section>
            { import_panel(&ImportPanelProps { preview: (*preview).clone(), error: (*import_error).clone(), on_file: pick_file, on_choose: import }) }
            <section class="card" aria-labelledby="erase-heading">
                <h2 id="erase-heading">{ "Erase" }</h2>
                <p>{ "Removes every role spec, candidate, scorecard and setting from this browser. You can undo it until you leave this page; export first to keep a copy. The keys of your panel rounds go at once and for good: sealed scorecards not yet imported can no longer be opened." }</p>
                if kept_count > 0 {
                    <p class="warning">{ format!("This also erases the {kept_count} kept {} of damaged data listed under Storage: download {} first if you may need {}.",
                        if kept_count == 1 { "copy" } else { "copies" }, if kept_count == 1 { "it" } else { "them" }, if kept_count == 1 { "it" } else { "them" }) }</p>
                }
                <button type="button" class="button--danger" onclick={erase} disabled={!has_anything}>{ "Erase all data" }</button>
            </section>
        </>
    }
}

// Helpers

/// What this site holds in storage, read in an effect.
#[derive(Clone, Default, PartialEq)]
struct Usage {
    keys: Vec<(String, usize)>,
    kept: Vec<String>,
    used_chars: usize,
}

impl Usage {
    fn read() -> Usage {
        let keys = storage::hirekit_keys();
        let kept = keys
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k.starts_with(storage::KEPT_PREFIX))
            .collect();
        Usage {
            keys,
            kept,
            used_chars: storage::used_chars(),
        }
    }
}
