//! Who is interviewing: the notes and ratings go on that person's own scorecard.

use crate::platform::dom;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InterviewerFormProps {
    /// Interviewers who already have a scorecard for this candidate.
    pub known: Vec<String>,
    /// The name this device remembers, filled in to begin with.
    #[prop_or_default]
    pub suggested: Option<String>,
    pub on_pick: Callback<String>,
}

#[function_component(InterviewerForm)]
pub fn interviewer_form(props: &InterviewerFormProps) -> Html {
    let name = use_state(|| props.suggested.clone().unwrap_or_default());
    let error = use_state(|| false);
    let on_input = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(dom::value(&e)))
    };
    let on_submit = {
        let (name, error, on_pick) = (name.clone(), error.clone(), props.on_pick.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let trimmed = name.trim();
            error.set(trimmed.is_empty());
            if !trimmed.is_empty() {
                on_pick.emit(trimmed.to_string());
            }
        })
    };
    let known = props.known.iter().map(|who| {
        let pick = props.on_pick.reform({
            let who = who.clone();
            move |_: MouseEvent| who.clone()
        });
        html! { <li><button type="button" onclick={pick}>{ format!("Continue as {who}") }</button></li> }
    });
    html! {
        <form class="card interviewer-form" onsubmit={on_submit} novalidate={true}>
            <div class="field">
                <label for="interviewer-name">{ "Your name" }</label>
                <input id="interviewer-name" type="text" autocomplete="name" value={(*name).clone()} oninput={on_input}
                    aria-invalid={error.then_some("true")} />
                <p class="help">{ "Your notes and ratings go on your own scorecard for this candidate." }</p>
                if *error {
                    <p class="error">{ "Write your name first, so your notes land on your scorecard." }</p>
                }
            </div>
            <button type="submit" class="button--primary">{ "Begin" }</button>
            if !props.known.is_empty() {
                <p class="muted">{ "Or carry on a scorecard already started:" }</p>
                <ul class="button-row plain-list">{ for known }</ul>
            }
        </form>
    }
}
