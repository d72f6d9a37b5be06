//! Recording a debrief amendment: whose card, which rating or the overall call, the new value
//! and the reason. `from` is the card's value now, so a stale screen cannot overwrite a later one.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::opening::manager;
use crate::app::use_app;
use crate::engine::amendment::{own_rating, Amendment, CardChange};
use crate::engine::candidate::{same_interviewer, Candidate, Recommendation};
use crate::engine::competency::{Competency, Rating};
use crate::engine::edit::RoundEdit;
use crate::engine::panel_round::PanelRound;
use crate::engine::role::RoleSpec;
use crate::platform::clock;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub round: PanelRound,
    pub candidate: Candidate,
    pub spec: RoleSpec,
}

/// What the form changes: a competency (by catalogue index) or the overall call.
const OVERALL: &str = "overall";

#[function_component(AmendForm)]
pub fn amend_form(props: &Props) -> Html {
    let app = use_app();
    let cards = props.round.current_cards(&props.candidate);
    let who = use_state(|| {
        cards
            .first()
            .map(|c| c.interviewer.clone())
            .unwrap_or_default()
    });
    let what = use_state(|| OVERALL.to_string());
    let to = use_state(|| "1".to_string());
    let reason = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let select = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            reason.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let card = cards
        .iter()
        .find(|c| same_interviewer(&c.interviewer, &who))
        .cloned();
    let change = card.as_ref().and_then(|card| {
        let n: usize = to.parse().ok()?;
        if *what == OVERALL {
            Some(CardChange::Recommendation {
                from: card.recommendation,
                to: *Recommendation::ALL.get(n)?,
            })
        } else {
            let competency = Competency::from_index(what.parse().ok()?)?;
            Some(CardChange::Rating {
                competency,
                from: own_rating(card, competency),
                to: *Rating::ALL.get(n)?,
            })
        }
    });
    let record = {
        let (round, candidate, problem, who, reason) = (
            props.round.clone(),
            props.candidate.clone(),
            problem.clone(),
            who.clone(),
            reason.clone(),
        );
        app.callback(move |app, e: SubmitEvent| {
            e.prevent_default();
            let Some(change) = change else { return };
            let amendment = Amendment {
                interviewer: (*who).clone(),
                change,
                reason: (*reason).clone(),
                by: manager(),
                at: clock::now_ms(),
            };
            let edit = RoundEdit::Amend { amendment };
            match edit.check(&round, &candidate, clock::now_ms()) {
                Err(e) => problem.set(Some(e.to_string())),
                Ok(_) => {
                    problem.set(None);
                    reason.set(String::new());
                    app.edit_round(&round.id, edit);
                }
            }
        })
    };
    let people = cards.iter().map(|c| html! { <option value={c.interviewer.clone()} selected={c.interviewer == *who}>{ c.interviewer.clone() }</option> });
    let fields = props
        .spec
        .competencies
        .iter()
        .filter(|r| r.weight > 0 || r.must_have)
        .map(|r| {
            let value = r.competency.index().to_string();
            let selected = *what == value;
            html! { <option {selected} {value}>{ r.competency.label() }</option> }
        });
    let values: Html = if *what == OVERALL {
        Recommendation::ALL.iter().enumerate().map(|(i, r)| html! { <option value={i.to_string()} selected={*to == i.to_string()}>{ r.label() }</option> }).collect()
    } else {
        Rating::ALL.iter().enumerate().map(|(i, r)| html! { <option value={i.to_string()} selected={*to == i.to_string()}>{ format!("{} {}", r.value(), r.label()) }</option> }).collect()
    };
    html! {
        <form class="amend-form" onsubmit={record}>
            <div class="amend-grid">
                <div class="field">
                    <label for="amend-who">{ "Whose card" }</label>
                    <select id="amend-who" onchange={select(&who)}>{ for people }</select>
                </div>
                <div class="field">
                    <label for="amend-what">{ "What changes" }</label>
                    <select id="amend-what" onchange={select(&what)}>
                        <option value={OVERALL} selected={*what == OVERALL}>{ "Overall call" }</option>
                        { for fields }
                    </select>
                </div>
                <div class="field">
                    <label for="amend-to">{ "New value" }</label>
                    <select id="amend-to" onchange={select(&to)}>{ values }</select>
                </div>
            </div>
            <div class="field">
                <label for="amend-reason">{ "Reason" }</label>
                <input id="amend-reason" type="text" value={(*reason).clone()} oninput={on_reason} />
                <p class="help">{ "Say what the debrief brought out. Who, what, from and to, and when are recorded with it." }</p>
            </div>
            <button type="submit">{ "Record the amendment" }</button>
            if let Some(why) = (*problem).clone() { <p class="error" role="alert">{ why }</p> }
        </form>
    }
}
