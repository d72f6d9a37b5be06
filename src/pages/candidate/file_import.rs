//! "Import a scorecard file" (S6): read the chosen file on this device, then hand it to the
//! same import flow as a scorecard link.

use yew::prelude::*;

use crate::engine::link::scorecard::ScorecardExport;
use crate::engine::panel::from_file_text;
use crate::pages::scorecard_import::ImportFlow;
use crate::platform::file;

#[function_component(FileImport)]
pub fn file_import() -> Html {
    // The file read and how many files were chosen (a fresh import flow for each).
    let read = use_state(|| None::<(u32, Result<ScorecardExport, String>)>);
    let onchange = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(chosen) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let (read, turn) = (read.clone(), (*read).as_ref().map_or(0, |(n, _)| n + 1));
            wasm_bindgen_futures::spawn_local(async move {
                let result = file::read_text(chosen)
                    .await
                    .and_then(|text| from_file_text(&text));
                read.set(Some((turn, result)));
            });
        })
    };
    let outcome = match &*read {
        None => html! {},
        Some((turn, Ok(export))) => html! { <ImportFlow key={*turn} export={export.clone()} /> },
        Some((_, Err(why))) => html! { <p class="error" role="alert">{ why.clone() }</p> },
    };
    html! {
        <section class="card no-print" aria-labelledby="import-heading">
            <h2 id="import-heading">{ "Import a scorecard" }</h2>
            <div class="field">
                <label for="scorecard-file">{ "Import a scorecard file" }</label>
                <input id="scorecard-file" type="file" accept=".json,.txt,application/json,text/plain" {onchange} />
                <p class="help">{ "Choose the file an interviewer sent you (\"Download as file\" on their scorecard). A scorecard link opens the import by itself." }</p>
            </div>
            { outcome }
        </section>
    }
}
