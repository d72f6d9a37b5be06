//! The onboarding checklist (I6): what to have ready once the candidate accepts an offer.

use yew::prelude::*;

use crate::engine::candidate::OnboardingTask;
use crate::engine::edit::CandidateEdit;

#[derive(PartialEq)]
pub struct OnboardingProps {
    /// The tasks ticked so far.
    pub done: Vec<OnboardingTask>,
    pub on_edit: Callback<CandidateEdit>,
}

pub fn onboarding(props: &OnboardingProps) -> Html {
    let tasks = OnboardingTask::ALL.iter().enumerate().map(|(i, &task)| {
        let done = props.done.contains(&task);
        let toggle = props
            .on_edit
            .reform(move |_: Event| CandidateEdit::Onboarding { task, done: !done });
        let id = format!("onboarding-{i}");
        html! {
            <li><label class="check" for={id.clone()}>
                <input {id} type="checkbox" checked={done} onchange={toggle} />{ task.label() }
            </label></li>
        }
    });
    html! {
        <section class="card onboarding" aria-labelledby="onboarding-heading">
            <h2 id="onboarding-heading">{ "After the hire: onboarding" }</h2>
            <p class="help">{ "For after the candidate accepts an offer. A good first month decides whether a new hire stays." }</p>
            <ul class="plain-list">{ for tasks }</ul>
        </section>
    }
}
