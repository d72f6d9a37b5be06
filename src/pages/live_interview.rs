//! `#/candidates/<id>/live`: run the kit with one candidate (I4). Each tick, note and rating
//! goes straight to this interviewer's scorecard; the hiring plan and onboarding sit below.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_app;
use crate::components::candidate::final_call::{final_call, FinalCallProps};
use crate::components::candidate::hiring_plan::{hiring_plan, HiringPlanProps};
use crate::components::candidate::onboarding::{onboarding, OnboardingProps};
use crate::components::intro::intro;
use crate::components::kit::interviewer_form::InterviewerForm;
use crate::components::kit::live_question::LiveQuestion;
use crate::engine::accepted_invitation::for_candidate;
use crate::engine::bidi::isolate;
use crate::engine::candidate::same_interviewer;
use crate::engine::edit::scorecard::is_submitted;
use crate::engine::edit::AnswerEdit;
use crate::engine::kit::KitItem;
use crate::pages::invite::sealed_return::SealedReturnPanel;
use crate::platform::{keys, me};
use crate::routes::{href, Route};

mod scorecard;
mod shortcuts;
mod timer;

use scorecard::{answer_edit, answer_for, interviewers};
use shortcuts::{shortcut_handler, SHORTCUTS};
use timer::InterviewTimer;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[function_component(LiveInterviewPage)]
pub fn page(props: &Props) -> Html {
    let app = use_app();
    let invited_as = for_candidate(&app.doc.accepted, &props.id).map(|a| a.interviewer.clone());
    // From an invitation the interviewer is the one invited: their sealed card must carry that name.
    let interviewer = use_state(|| invited_as.clone());
    let current = use_state(|| 0usize);
    // One document listener for the page's life; each render swaps in a handler that sees
    // this render's candidate and position.
    let on_key = use_mut_ref(Callback::<web_sys::KeyboardEvent>::noop);
    {
        let on_key = on_key.clone();
        use_effect_with((), move |_| {
            // Cloned out first: the handler may re-render the page, which swaps the handler.
            let listener = keys::on_keydown(move |e| {
                let handler = on_key.borrow().clone();
                handler.emit(e);
            });
            move || drop(listener)
        });
    }
    *on_key.borrow_mut() = Callback::noop();

    let Some(candidate) = app.doc.candidate(&props.id).cloned() else {
        return not_ready("Candidate not found", "No candidate has this address. They may have been deleted, or added in another browser.", html! {
            <a href={href(&Route::Candidates)}>{ "Back to candidates" }</a>
        });
    };
    let back = html! { <a href={href(&Route::Candidate { id: candidate.id.clone() })}>{ format!("Back to {}", isolate(&candidate.name)) }</a> };
    let saved = candidate.spec_id.as_deref().and_then(|id| app.doc.spec(id));
    let Some(saved) = saved else {
        return not_ready("No role spec for this candidate", "Live mode runs the interview kit of the candidate's role spec. Link the candidate to a role spec first.", back);
    };
    let Some(kit) = saved.kit.clone() else {
        let how = format!(
            "The role spec “{}” has no interview kit yet. Assemble it, then come back.",
            isolate(saved.spec.display_title())
        );
        return not_ready(
            "No interview kit yet",
            &how,
            html! {
                <><a href={href(&Route::SpecKit { spec_id: saved.id.clone() })}>{ "Assemble the kit" }</a>{ " · " }{ back }</>
            },
        );
    };
    let title = format!("Live interview: {}", candidate.name);
    let how = "Ask the kit's questions in order. Tick each one you ask, write what you hear, and rate the answer on the 1–4 scale. Everything saves to your own scorecard as you go.";

    // Callbacks
    let on_edit = app.candidate_editor(&candidate.id);
    let on_pick = {
        let interviewer = interviewer.clone();
        Callback::from(move |name: String| {
            me::remember(&name);
            interviewer.set(Some(name))
        })
    };
    let Some(who) = (*interviewer).clone() else {
        return html! {
            <>
                { intro(&title, how) }
                <p>{ back }</p>
                <InterviewerForm known={interviewers(&candidate)} suggested={me::name()} {on_pick} />
            </>
        };
    };
    let items: Rc<Vec<KitItem>> = Rc::new(
        kit.stages
            .iter()
            .flat_map(|s| s.items.iter().cloned())
            .collect(),
    );
    let record = {
        let (items, on_card) = (items.clone(), app.scorecard_editor(&candidate.id, &who));
        Callback::from(move |(index, edit): (usize, AnswerEdit)| {
            if let Some(item) = items.get(index) {
                on_card.emit(answer_edit(item, edit));
            }
        })
    };
    // A submitted scorecard is final: live mode shows it and changes nothing.
    let read_only = is_submitted(&candidate, &who);
    let recommendation = candidate
        .scorecards
        .iter()
        .find(|s| same_interviewer(&s.interviewer, &who))
        .and_then(|s| s.recommendation);
    let select = |index: usize| {
        let current = current.clone();
        move || {
            if *current != index {
                current.set(index);
            }
        }
    };
    *on_key.borrow_mut() =
        shortcut_handler(&candidate, &who, &items, *current, &record, current.clone());

    let mut number = 0;
    let stages = kit.stages.iter().filter(|s| !s.items.is_empty()).map(|stage| {
        let questions: Html = stage.items.iter().map(|item| {
            number += 1;
            let index = number - 1;
            let answer = answer_for(&candidate, &who, item.id()).cloned();
            let on_edit = record.reform(move |edit| (index, edit));
            let on_select = Callback::from({ let select = select(index); move |()| select() });
            html! {
                <LiveQuestion key={item.id().to_string()} item={item.clone()} number={number} {answer}
                    current={*current == index} {read_only} {on_edit} {on_select} />
            }
        }).collect();
        html! {
            <section class="live-stage">
                <h2>{ stage.kind.label() }</h2>
                <ol class="plain-list">{ questions }</ol>
            </section>
        }
    });
    let budget_minutes = kit
        .stages
        .iter()
        .map(|s| u32::from(s.budget_minutes))
        .sum::<u32>();
    let shortcuts = SHORTCUTS
        .iter()
        .map(|(keys, what)| html! { <li><kbd>{ *keys }</kbd>{ format!(" {what}") }</li> });
    let change_who = {
        let interviewer = interviewer.clone();
        Callback::from(move |_: MouseEvent| interviewer.set(None))
    };
    html! {
        <>
            { intro(&title, how) }
            <p>{ back }</p>
            <p class="live-who">{ format!("Interviewing as {who}. ") }
                if invited_as.is_none() { <button type="button" class="button--quiet" onclick={change_who}>{ "Change interviewer" }</button> }
            </p>
            if read_only {
                <p class="banner banner--info" role="status" id="live-final">{ format!("{who}'s scorecard is submitted and final: live mode shows its notes but changes nothing.") }</p>
            }
            <InterviewTimer {budget_minutes} />
            <div class="live-tools">
                <section class="card shortcuts" aria-labelledby="shortcuts-heading">
                    <h2 id="shortcuts-heading">{ "Keyboard shortcuts" }</h2>
                    <ul class="plain-list">{ for shortcuts }</ul>
                </section>
            </div>
            { for stages }
            if read_only {
                if invited_as.is_some() { <SealedReturnPanel candidate_id={candidate.id.clone()} /> }
            } else {
                <section class="card live-final" aria-labelledby="final-heading">
                    <h2 id="final-heading">{ "Finish the interview" }</h2>
                    { final_call(&FinalCallProps { recommendation, on_edit: app.scorecard_editor(&candidate.id, &who), note: "Rate the competencies on the candidate's page if you like, or submit now: your answers count as evidence. Once submitted, your scorecard is final.".into() }) }
                </section>
            }
            { hiring_plan(&HiringPlanProps { plan: candidate.plan.clone(), on_edit: on_edit.clone() }) }
            { onboarding(&OnboardingProps { done: candidate.onboarding.clone(), on_edit }) }
        </>
    }
}

fn not_ready(title: &str, how: &str, next: Html) -> Html {
    html! {
        <>
            { intro(title, how) }
            <p>{ next }</p>
        </>
    }
}
