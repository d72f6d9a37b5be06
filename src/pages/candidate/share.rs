//! "Share this scorecard" (S6): the scorecard as a link (copied, and shown to select by hand)
//! or as a file, for a panel without a server.

use yew::prelude::*;

use crate::engine::candidate::Scorecard;
use crate::engine::link::scorecard::{encode_scorecard, ScorecardExport, RECOMMENDED_MAX_LINK};
use crate::engine::money::thousands;
use crate::engine::panel::to_file_text;
use crate::platform::{clipboard, download, link};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub candidate_id: String,
    pub candidate_name: String,
    pub card: Scorecard,
}

/// A safe file name part: letters and digits, the rest as dashes.
fn slug(text: &str) -> String {
    let s: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    s.trim_matches('-').to_string()
}

#[function_component(ShareCard)]
pub fn share_card(props: &Props) -> Html {
    let shown = use_state(|| None::<String>);
    let message = use_state(|| None::<String>);
    let export = ScorecardExport {
        candidate_id: props.candidate_id.clone(),
        candidate_name: props.candidate_name.clone(),
        scorecard: props.card.clone(),
    };
    let share = {
        let (shown, message, export) = (shown.clone(), message.clone(), export.clone());
        Callback::from(move |_: MouseEvent| {
            let url = link::app_url(&format!("/sc/{}", encode_scorecard(&export)));
            shown.set(Some(url.clone()));
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let said = match clipboard::copy(&url).await {
                    Ok(()) => "Link copied. Send it to the hiring manager.".to_string(),
                    Err(why) => why,
                };
                message.set(Some(said));
            });
        })
    };
    let save_file = {
        let (message, export) = (message.clone(), export.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!(
                "hirekit-scorecard-{}-{}.json",
                slug(&export.candidate_name),
                slug(&export.scorecard.interviewer)
            );
            if let Err(why) = download::download(&name, "application/json", &to_file_text(&export))
            {
                message.set(Some(why));
            }
        })
    };
    let field_id = format!("share-{}", slug(&props.card.interviewer));
    let long = shown
        .as_ref()
        .filter(|url| url.len() > RECOMMENDED_MAX_LINK)
        .map(|url| format!("This link is long ({} characters): chat tools often cut long links, so the file is the safer way to send it.", thousands(url.len() as u64)));
    let label = format!("Link to {}’s scorecard", props.card.interviewer);
    html! {
        <div class="share no-print">
            <div class="button-row">
                <button type="button" onclick={share}>{ "Share this scorecard" }</button>
                <button type="button" onclick={save_file}>{ "Download as file" }</button>
            </div>
            if let Some(url) = (*shown).clone() {
                <div class="field">
                    <label for={field_id.clone()}>{ label }</label>
                    <input id={field_id} type="text" readonly=true value={url} class="share__link" />
                    <p class="help">{ "The scorecard is inside the link itself: nothing is uploaded." }</p>
                </div>
            }
            if let Some(text) = long { <p class="status status--warn">{ text }</p> }
            if let Some(text) = (*message).clone() { <p class="help" role="status">{ text }</p> }
        </div>
    }
}
