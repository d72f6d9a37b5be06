//! The candidate's panel round on the hiring manager's device (M1, M2): start it (its key pair
//! is made in this browser), invite interviewers one link each, take their cards back, and open
//! the ratings once every expected card is in (or early, with a reason on record).

mod amend;
mod debrief;
mod decision;
mod evidence;
pub mod import;
mod invitations;
mod opening;

use yew::prelude::*;

use crate::app::use_app;
use crate::engine::candidate::Candidate;
use crate::engine::store::SavedSpec;
use decision::DecisionRecord;
use invitations::Invitations;
use opening::Opening;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub candidate: Candidate,
    pub saved: Option<SavedSpec>,
}

#[function_component(RoundPanel)]
pub fn round_panel(props: &Props) -> Html {
    let app = use_app();
    let problem = use_state(|| None::<String>);
    let starting = use_state(|| false);
    let c = &props.candidate;
    let round = app.doc.round_for(&c.id).cloned();
    let start = {
        let (id, problem, starting) = (c.id.clone(), problem.clone(), starting.clone());
        app.callback(move |app, _: MouseEvent| {
            starting.set(true);
            let (problem, starting) = (problem.clone(), starting.clone());
            app.start_round(
                &id,
                Callback::from(move |why: Option<String>| {
                    starting.set(false);
                    problem.set(why);
                }),
            );
        })
    };
    let body = match (
        &round,
        props
            .saved
            .as_ref()
            .and_then(|s| s.kit.as_ref().map(|k| (s, k))),
    ) {
        (_, None) => {
            html! { <p class="empty">{ "Give the candidate a role spec with an interview kit first: each invitation carries the spec and the interviewer's questions." }</p> }
        }
        (None, Some(_)) => html! {
            <>
                <p>{ "Invite each interviewer with their own link. Their scorecards come back sealed: only this browser can open them, and the ratings stay closed until every card is in." }</p>
                <button type="button" class="button--primary" onclick={start} disabled={*starting}>{ "Start a panel round" }</button>
            </>
        },
        (Some(round), Some((saved, kit))) => html! {
            <>
                <Invitations round={round.clone()} candidate={c.clone()} spec={saved.spec.clone()} kit={kit.clone()} />
                <Opening round={round.clone()} candidate={c.clone()} spec={saved.spec.clone()} />
                if round.ratings_visible() {
                    <DecisionRecord round={round.clone()} candidate={c.clone()} saved={(*saved).clone()} />
                }
            </>
        },
    };
    html! {
        <section class="card panel-round" aria-labelledby="round-heading">
            <h2 id="round-heading">{ "Panel round" }</h2>
            { body }
            if let Some(why) = (*problem).clone() { <p class="error" role="alert">{ why }</p> }
        </section>
    }
}
