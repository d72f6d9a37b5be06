//! The onboarding checklist (I6): what to have ready once the candidate accepts an offer.

use yew::prelude::*;

use crate::engine::candidate::{Candidate, OnboardingTask};

#[derive(Properties, PartialEq)]
pub struct OnboardingProps {
    pub candidate: Candidate,
    pub on_change: Callback<Candidate>,
}

#[function_component(Onboarding)]
pub fn onboarding(props: &OnboardingProps) -> Html {
    let tasks = OnboardingTask::ALL.iter().enumerate().map(|(i, &task)| {
        let done = props.candidate.onboarding.contains(&task);
        let toggle = {
            let (candidate, on_change) = (props.candidate.clone(), props.on_change.clone());
            Callback::from(move |_: Event| on_change.emit(with_task(&candidate, task, !done)))
        };
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

/// The candidate with `task` ticked or not; ticked tasks stay in `OnboardingTask::ALL` order.
pub fn with_task(candidate: &Candidate, task: OnboardingTask, done: bool) -> Candidate {
    let mut next = candidate.clone();
    next.onboarding.retain(|t| *t != task);
    if done {
        next.onboarding.push(task);
        next.onboarding.sort();
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticking_is_idempotent_and_ordered() {
        let c = Candidate::new("c1".into(), "Ana".into(), 0);
        let c = with_task(&c, OnboardingTask::GrowthPlan, true);
        let c = with_task(&c, OnboardingTask::SignedContract, true);
        let c = with_task(&c, OnboardingTask::SignedContract, true);
        assert_eq!(
            c.onboarding,
            vec![OnboardingTask::SignedContract, OnboardingTask::GrowthPlan]
        );
        let c = with_task(&c, OnboardingTask::GrowthPlan, false);
        assert_eq!(c.onboarding, vec![OnboardingTask::SignedContract]);
    }
}
