//! The interviewer's sealed return (M1, item 5): once their card from an invitation is submitted,
//! it is sealed to the round's key on this device and shown as a link to send to the hiring
//! manager, with a file when the link would pass 2,000 characters. The sealed text is kept, so
//! sending it again sends the same return.

use yew::prelude::*;

use crate::app::use_app;
use crate::engine::accepted_invitation::for_candidate;
use crate::engine::edit::scorecard::is_submitted;
use crate::engine::link::scorecard::ScorecardExport;
use crate::engine::link::sealed_return::{deliver, RoundPublicKey, ROUTE_PREFIX};
use crate::engine::money::thousands;
use crate::pages::file_instead::FileInstead;
use crate::platform::{clipboard, crypto, link};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub candidate_id: AttrValue,
}

#[function_component(SealedReturnPanel)]
pub fn sealed_return_panel(props: &Props) -> Html {
    let app = use_app();
    let problem = use_state(|| None::<String>);
    let copied = use_state(|| None::<String>);
    let accepted = for_candidate(&app.doc.accepted, &props.candidate_id).cloned();
    let candidate = app.doc.candidate(&props.candidate_id).cloned();
    let submitted = match (&accepted, &candidate) {
        (Some(a), Some(c)) => is_submitted(c, &a.interviewer),
        _ => false,
    };
    let needs_seal = submitted && accepted.as_ref().is_some_and(|a| a.sealed_return.is_none());
    {
        let (app, problem) = (app.clone(), problem.clone());
        let (accepted, candidate) = (accepted.clone(), candidate.clone());
        use_effect_with(needs_seal, move |needs| {
            if let (true, Some(a), Some(c)) = (*needs, accepted, candidate) {
                let card = c
                    .scorecards
                    .iter()
                    .find(|s| {
                        s.submitted
                            && crate::engine::candidate::same_interviewer(
                                &s.interviewer,
                                &a.interviewer,
                            )
                    })
                    .cloned();
                let key = RoundPublicKey::from_bytes(&a.round_key);
                if let (Some(scorecard), Some(key)) = (card, key) {
                    let export = ScorecardExport {
                        candidate_id: a.round_id.clone(),
                        candidate_name: c.name.clone(),
                        scorecard,
                    };
                    wasm_bindgen_futures::spawn_local(async move {
                        match crypto::seal_return(&key, &export).await {
                            Ok(payload) => app.keep_sealed_return(&a.candidate_id, payload),
                            Err(e) => problem.set(Some(e.to_string())),
                        }
                    });
                }
            }
        });
    }
    let Some(accepted) = accepted.filter(|_| submitted) else {
        return html! {};
    };
    let body = match (&accepted.sealed_return, &*problem) {
        (_, Some(why)) => html! { <p class="error" role="alert">{ why.clone() }</p> },
        (None, None) => {
            html! { <p role="status">{ "Sealing your scorecard for the hiring manager…" }</p> }
        }
        (Some(payload), None) => {
            let url = link::app_url(&format!(
                "{}{payload}",
                ROUTE_PREFIX.trim_start_matches('#')
            ));
            let file_name = format!("hirekit-sealed-scorecard-{}.txt", accepted.round_id);
            let delivery = deliver(url.clone(), &file_name);
            let copy = {
                let (url, copied) = (url.clone(), copied.clone());
                Callback::from(move |_: MouseEvent| {
                    let (url, copied) = (url.clone(), copied.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let said = match clipboard::copy(&url).await {
                            Ok(()) => "Link copied. Send it to the hiring manager.".to_string(),
                            Err(why) => why,
                        };
                        copied.set(Some(said));
                    });
                })
            };
            let warning = format!(
                "This link is long ({} characters) and chat tools often cut long links: send the file instead.",
                thousands(url.chars().count() as u64)
            );
            html! {
                <>
                    <div class="field">
                        <label for="sealed-return">{ "Your sealed scorecard link" }</label>
                        <input id="sealed-return" type="text" readonly=true value={url} class="share__link" />
                        <p class="help">{ "Only the hiring manager's browser, which made this round's key, can open it. Anyone else who sees the link sees that it is sealed, and nothing of your ratings or notes." }</p>
                    </div>
                    <div class="button-row">
                        <button type="button" class="button--primary" onclick={copy}>{ "Copy link" }</button>
                        <FileInstead {delivery} {warning} download_label="Download the sealed file" />
                    </div>
                    if let Some(text) = (*copied).clone() { <p class="help" role="status">{ text }</p> }
                </>
            }
        }
    };
    html! {
        <section class="card sealed-return" aria-labelledby="sealed-heading">
            <h2 id="sealed-heading">{ "Send your scorecard back" }</h2>
            { body }
        </section>
    }
}
