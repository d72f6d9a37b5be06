//! `#/r/<payload>`: a sealed scorecard sent back by an interviewer (M1, item 5). In the browser
//! that holds the round's key it opens and goes into the candidate's round; anywhere else it
//! only says that it is sealed for the hiring manager. Nothing of it is stored on the way.

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::engine::link::sealed_return::decode_return;
use crate::pages::round::import::{import_return, Imported};
use crate::routes::{href, Route};

pub const TITLE: &str = "A sealed scorecard";
pub const HOW: &str = "An interviewer sent their scorecard sealed to the hiring manager's round key. Only the browser that made the invitations can open it; importing it twice changes nothing.";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub payload: String,
}

#[function_component(SealedImportPage)]
pub fn page(props: &Props) -> Html {
    let app = use_app();
    let outcome = use_state(|| None::<Imported>);
    let sealed = decode_return(&props.payload);
    let ok = sealed.is_ok();
    {
        let (app, outcome, text) = (app.clone(), outcome.clone(), props.payload.clone());
        use_effect_with((ok, text.clone()), move |_| {
            if ok {
                wasm_bindgen_futures::spawn_local(async move {
                    outcome.set(Some(import_return(&app, &text).await));
                });
            }
        });
    }
    let body = match (&sealed, &*outcome) {
        (Err(err), _) => html! {
            <p class="error" role="alert">{ format!("This link cannot be used: {err} Ask the interviewer to send it again, copied in full.") }</p>
        },
        (Ok(_), None) => {
            html! { <p role="status">{ "Checking whether this browser holds the key…" }</p> }
        }
        (Ok(s), Some(Imported::NotForThisBrowser)) => html! {
            <div class="sealed-note" role="status">
                <p><strong>{ "Sealed for the hiring manager." }</strong></p>
                <p>{ format!("This is {}'s scorecard, sealed so that only the hiring manager's browser can open it. Nothing of its ratings or notes can be read here, and nothing was saved. If you are the hiring manager, open this link in the browser you sent the invitations from.", s.header.interviewer) }</p>
            </div>
        },
        (
            Ok(_),
            Some(Imported::Done {
                message,
                candidate_id,
            }),
        ) => html! {
            <>
                <p class="banner banner--info" role="status">{ message.clone() }</p>
                <p><a href={href(&Route::Candidate { id: candidate_id.clone() })}>{ "Open the candidate's debrief" }</a></p>
            </>
        },
        (Ok(_), Some(Imported::Refused(why))) => {
            html! { <p class="error" role="alert">{ why.clone() }</p> }
        }
    };
    html! {
        <>
            { intro(TITLE, HOW) }
            <section class="card">{ body }</section>
        </>
    }
}
