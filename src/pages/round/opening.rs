//! Opening the ratings (M2): closed until every expected card is in; "Reveal" then, or "Open
//! early" with a reason, which is recorded with who was still missing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::debrief::{debrief, DebriefProps};
use crate::app::use_app;
use crate::engine::candidate::Candidate;
use crate::engine::edit::RoundEdit;
use crate::engine::panel_round::PanelRound;
use crate::engine::role::RoleSpec;
use crate::platform::{clock, me};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub round: PanelRound,
    pub candidate: Candidate,
    pub spec: RoleSpec,
}

/// Who records a reveal or an amendment: this device's name, else the role.
pub fn manager() -> String {
    me::name().unwrap_or_else(|| "Hiring manager".to_string())
}

#[function_component(Opening)]
pub fn opening(props: &Props) -> Html {
    let app = use_app();
    let reason = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let round = &props.round;
    if let Some(open) = &round.opening {
        let how = if open.reason.is_empty() {
            format!(
                "Ratings opened by {} on {}, with every card in.",
                open.by,
                clock::local_time(open.at)
            )
        } else {
            format!(
                "Ratings opened early by {} on {} without {}. Reason: {}",
                open.by,
                clock::local_time(open.at),
                open.missing.join(", "),
                open.reason
            )
        };
        return html! {
            <div class="round-opening">
                <h3>{ "Ratings" }</h3>
                <p class="muted round-opened">{ how }</p>
                { debrief(&DebriefProps { round: round.clone(), candidate: props.candidate.clone(), spec: props.spec.clone() }) }
            </div>
        };
    }
    let status = round.status();
    let all_in = status.missing.is_empty() && !round.panel.is_empty();
    let act = |edit: fn(String) -> RoundEdit| {
        let (round, candidate, problem) = (round.clone(), props.candidate.clone(), problem.clone());
        app.callback(move |app, _: MouseEvent| {
            let edit = edit(manager());
            match edit.check(&round, &candidate, clock::now_ms()) {
                Err(e) => problem.set(Some(e.to_string())),
                Ok(_) => {
                    problem.set(None);
                    app.edit_round(&round.id, edit);
                }
            }
        })
    };
    let reveal = act(|by| RoundEdit::Reveal { by });
    let early = {
        let (round, candidate, problem, reason) = (
            round.clone(),
            props.candidate.clone(),
            problem.clone(),
            reason.clone(),
        );
        app.callback(move |app, _: MouseEvent| {
            let edit = RoundEdit::OpenEarly {
                by: manager(),
                reason: reason.trim().to_string(),
            };
            match edit.check(&round, &candidate, clock::now_ms()) {
                Err(e) => problem.set(Some(e.to_string())),
                Ok(_) => app.edit_round(&round.id, edit),
            }
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            reason.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let closed = if all_in {
        "Every expected card is in. Reveal the ratings to start the debrief.".to_string()
    } else {
        format!(
            "Ratings stay closed until every card is in. Still missing: {}.",
            status.missing.join(", ")
        )
    };
    html! {
        <div class="round-opening">
            <h3>{ "Ratings" }</h3>
            <p class="status" role="status" id="ratings-closed">{ closed }</p>
            <div class="button-row">
                <button type="button" class="button--primary" onclick={reveal} disabled={!all_in}>{ "Reveal ratings" }</button>
            </div>
            if !all_in && !round.panel.is_empty() {
                <details>
                    <summary>{ "Open early" }</summary>
                    <div class="field">
                        <label for="early-reason">{ "Why open before every card is in" }</label>
                        <input id="early-reason" type="text" value={(*reason).clone()} oninput={on_reason} />
                        <p class="help">{ "The reason and who was still missing are kept in the decision record." }</p>
                    </div>
                    <button type="button" onclick={early}>{ "Open the ratings early" }</button>
                </details>
            }
            if let Some(why) = (*problem).clone() { <p class="error" role="alert">{ why }</p> }
        </div>
    }
}
