//! The hiring plan for one candidate (I3): each step from portfolio review to the offer, with a
//! done tick, a date and a short note. The caller saves the changed candidate.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::candidate::{Candidate, HiringStep, PlanProgress};

#[derive(Properties, PartialEq)]
pub struct HiringPlanProps {
    pub candidate: Candidate,
    pub on_change: Callback<Candidate>,
}

/// A change to one step of the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    Done(bool),
    Date(String),
    Note(String),
}

#[function_component(HiringPlan)]
pub fn hiring_plan(props: &HiringPlanProps) -> Html {
    let steps = HiringStep::ALL.iter().enumerate().map(|(i, &step)| {
        let progress = progress_of(&props.candidate, step);
        let edit = |make: fn(&HtmlInputElement) -> PlanEdit| {
            let (candidate, on_change) = (props.candidate.clone(), props.on_change.clone());
            Callback::from(move |e: Event| {
                let edit = make(&e.target_unchecked_into::<HtmlInputElement>());
                on_change.emit(with_plan_edit(&candidate, step, edit));
            })
        };
        let on_done = edit(|input| PlanEdit::Done(input.checked()));
        let on_date = edit(|input| PlanEdit::Date(input.value()));
        // Notes save as they are typed, like every other text in HireKit.
        let on_note = edit(|input| PlanEdit::Note(input.value())).reform(|e: InputEvent| Event::from(e));
        let (done_id, date_id, note_id) = (format!("plan-done-{i}"), format!("plan-date-{i}"), format!("plan-note-{i}"));
        html! {
            <li class="plan-step">
                <label class="check plan-step__name" for={done_id.clone()}>
                    <input id={done_id} type="checkbox" checked={progress.done} onchange={on_done} />
                    { step.label() }
                </label>
                <div class="field-row">
                    <div class="field plan-step__date">
                        <label for={date_id.clone()}>{ "Date" }</label>
                        <input id={date_id} type="date" value={progress.date.clone()} onchange={on_date} />
                    </div>
                    <div class="field">
                        <label for={note_id.clone()}>{ "Note" }</label>
                        <input id={note_id} type="text" value={progress.note.clone()} oninput={on_note} />
                    </div>
                </div>
            </li>
        }
    });
    html! {
        <section class="card hiring-plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ "Hiring plan" }</h2>
            <p class="help">{ "The steps for this candidate, in the usual order. Tick each one when it is done." }</p>
            <ol class="plain-list">{ for steps }</ol>
        </section>
    }
}

// Helpers

/// The candidate's progress on a step; a fresh one when an older candidate has none stored.
fn progress_of(candidate: &Candidate, step: HiringStep) -> PlanProgress {
    candidate
        .plan
        .iter()
        .find(|p| p.step == step)
        .cloned()
        .unwrap_or(PlanProgress {
            step,
            done: false,
            date: String::new(),
            note: String::new(),
        })
}

/// The candidate with one step changed; steps stay in `HiringStep::ALL` order.
pub fn with_plan_edit(candidate: &Candidate, step: HiringStep, edit: PlanEdit) -> Candidate {
    let mut next = candidate.clone();
    let mut progress = progress_of(candidate, step);
    match edit {
        PlanEdit::Done(done) => progress.done = done,
        PlanEdit::Date(date) => progress.date = date,
        PlanEdit::Note(note) => progress.note = note,
    }
    next.plan.retain(|p| p.step != step);
    next.plan.push(progress);
    next.plan.sort_by_key(|p| p.step);
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_changes_one_step_and_keeps_the_order() {
        let c = Candidate::new("c1".into(), "Ana".into(), 0);
        let c = with_plan_edit(&c, HiringStep::References, PlanEdit::Done(true));
        let c = with_plan_edit(
            &c,
            HiringStep::References,
            PlanEdit::Date("2026-12-01".into()),
        );
        assert_eq!(c.plan.len(), HiringStep::ALL.len());
        let refs = c
            .plan
            .iter()
            .find(|p| p.step == HiringStep::References)
            .unwrap();
        assert!(refs.done);
        assert_eq!(refs.date, "2026-12-01");
        assert!(c.plan.windows(2).all(|w| w[0].step < w[1].step));
    }

    #[test]
    fn a_candidate_without_a_stored_plan_gets_the_step() {
        let mut c = Candidate::new("c1".into(), "Ana".into(), 0);
        c.plan.clear();
        let c = with_plan_edit(&c, HiringStep::Offer, PlanEdit::Note("Send Friday".into()));
        assert_eq!(c.plan.len(), 1);
        assert_eq!(c.plan[0].note, "Send Friday");
    }
}
