//! `#/i/<payload>`: an interview invitation opened by an interviewer (M1, item 4). It shows the
//! brief: the candidate's name or pseudonym, the role, this interviewer's questions. Keeping it
//! on this device makes a candidate and a spec here, so live mode and the scorecard form work as
//! usual; the card stays on this device until it is submitted and goes back sealed.

pub mod sealed_return;

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::engine::accepted_invitation::find;
use crate::engine::link::invitation::{decode_invitation, Invitation};
use crate::platform::me;
use crate::routes::{href, Route};
use sealed_return::SealedReturnPanel;

pub const TITLE: &str = "Interview invitation";
pub const HOW: &str = "A hiring manager invited you to interview a candidate. Keep the invitation on this device, run the interview in live mode or fill in the scorecard, and submit. Your card is then sealed so that only the hiring manager's browser can read it, and you send it back as a link.";

/// The invitation a link carries, or why it can't be read.
pub fn page(payload: &str) -> Html {
    let body = match decode_invitation(payload) {
        Ok(invitation) => html! { <Brief {invitation} /> },
        Err(err) => html! {
            <section class="card">
                <p class="error" role="alert">{ format!("This invitation cannot be used: {err}") }</p>
                <p>{ "Ask the hiring manager to send the link again, copied in full." }</p>
            </section>
        },
    };
    html! {
        <>
            { intro(TITLE, HOW) }
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct BriefProps {
    invitation: Invitation,
}

#[function_component(Brief)]
fn brief(props: &BriefProps) -> Html {
    let app = use_app();
    let inv = &props.invitation;
    let kept = find(&app.doc.accepted, &inv.round_id, &inv.interviewer).cloned();
    let keep = {
        let invitation = inv.clone();
        app.callback(move |app, _: MouseEvent| {
            me::remember(&invitation.interviewer);
            app.accept_invitation(invitation.clone());
        })
    };
    let questions = inv
        .questions
        .stages
        .iter()
        .filter(|s| !s.items.is_empty())
        .map(|stage| {
            let items = stage
                .items
                .iter()
                .map(|item| html! { <li>{ item.prompt().to_string() }</li> });
            html! {
                <>
                    <h3>{ format!("{} ({} min)", stage.kind.label(), stage.budget_minutes) }</h3>
                    <ol>{ for items }</ol>
                </>
            }
        });
    let next = match &kept {
        Some(k) => html! {
            <>
                <p class="button-row">
                    <a href={href(&Route::LiveInterview { id: k.candidate_id.clone() })} class="button button--primary">{ "Run live interview" }</a>
                    <a href={href(&Route::Candidate { id: k.candidate_id.clone() })} class="button">{ "Open the scorecard" }</a>
                </p>
                <SealedReturnPanel candidate_id={k.candidate_id.clone()} />
            </>
        },
        None => html! {
            <p class="button-row">
                <button type="button" class="button--primary" onclick={keep}>{ "Keep this invitation on this device" }</button>
            </p>
        },
    };
    html! {
        <>
            <section class="card invite-brief" aria-labelledby="brief-heading">
                <h2 id="brief-heading">{ format!("{} with {}", inv.spec.display_title(), inv.candidate_name) }</h2>
                <p>{ format!("You interview as {}. Your questions:", inv.interviewer) }</p>
                { for questions }
            </section>
            { next }
        </>
    }
}
