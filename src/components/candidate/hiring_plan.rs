//! The hiring plan for one candidate (I3): each step from portfolio review to the offer, with a
//! done tick, a date and a short note. Each change goes up as a `CandidateEdit::Plan`.

use yew::prelude::*;

use crate::engine::candidate::{HiringStep, PlanProgress};
use crate::engine::edit::candidate::progress_in;
use crate::engine::edit::{CandidateEdit, PlanEdit};
use crate::platform::dom;

#[derive(PartialEq)]
pub struct HiringPlanProps {
    /// The candidate's progress, as stored.
    pub plan: Vec<PlanProgress>,
    pub on_edit: Callback<CandidateEdit>,
}

pub fn hiring_plan(props: &HiringPlanProps) -> Html {
    let steps = HiringStep::ALL.iter().enumerate().map(|(i, &step)| {
        let progress = progress_in(&props.plan, step);
        let edit = |make: fn(&Event) -> PlanEdit| {
            props.on_edit.reform(move |e: Event| CandidateEdit::Plan { step, edit: make(&e) })
        };
        let on_done = edit(|e| PlanEdit::Done { done: dom::checked(e) });
        let on_date = edit(|e| PlanEdit::Date { date: dom::value(e) });
        // Notes save as they are typed, like every other text in HireKit.
        let on_note = edit(|e| PlanEdit::Note { note: dom::value(e) }).reform(|e: InputEvent| Event::from(e));
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
                        <input id={date_id} type="date" value={progress.date} onchange={on_date} />
                    </div>
                    <div class="field">
                        <label for={note_id.clone()}>{ "Note" }</label>
                        <input id={note_id} type="text" value={progress.note} oninput={on_note} />
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
