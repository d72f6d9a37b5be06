//! `#/kit/<spec-id>`: assemble the kit for one spec, edit it, check its coverage, print it.
//! Every edit goes to the kit as it is now (`KitEdit`); the last removal or re-assembly can be
//! undone from here (the app's own undo bar covers deleted specs and candidates).

use yew::prelude::*;

use super::edits::{budgets_of, undo_text};
use crate::app::use_app;
use crate::components::intro::intro;
use crate::components::kit::budget_form::BudgetForm;
use crate::components::kit::coverage_table::{coverage_table, CoverageTableProps};
use crate::components::kit::custom_form::CustomForm;
use crate::components::kit::kit_view::{kit_view, KitViewProps};
use crate::components::kit::print_boxes::overall_call_boxes;
use crate::engine::edit::KitEdit;
use crate::engine::kit::{coverage, weight_total, Kit, StageBudgets};
use crate::platform::print;
use crate::routes::{href, Route};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub spec_id: String,
}

/// The kit as it was before the last removal or re-assembly, and what the offer says.
#[derive(Clone, PartialEq)]
struct LocalUndo {
    text: String,
    kit: Option<Kit>,
}

const HOW: &str = "Set the minutes for each stage and HireKit picks bank questions that fit the level, giving each competency time in proportion to its weight, must-haves first. Then make it yours: swap, reorder, remove or add questions. Changes save as you make them.";

#[function_component(SpecKit)]
pub fn spec_kit(props: &Props) -> Html {
    let app = use_app();
    let undo = use_state(|| None::<LocalUndo>);
    let problem = use_state(|| None::<String>);
    let Some(saved) = app.doc.spec(&props.spec_id).cloned() else {
        return html! {
            <>
                { intro("Role spec not found", "No saved role spec has this address. It may have been deleted, or saved in another browser.") }
                <p><a href={href(&Route::Kit)}>{ "Back to the question bank and your specs" }</a></p>
            </>
        };
    };
    let spec = saved.spec;
    let title = format!("Interview kit: {}", spec.display_title());
    // With no weight at all, assembly has nothing to aim for: say so, not "add minutes".
    let weightless = weight_total(&spec) == 0;
    let spec_route = Route::Spec {
        id: props.spec_id.clone(),
    };
    let weightless_note = weightless.then(|| html! {
        <p class="warning" role="status">
            { "Every competency in this role spec has a weight of 0, so there is nothing to choose questions for. " }
            <a href={href(&spec_route)}>{ "Set the competency weights in the role spec" }</a>
            { ", then assemble the kit." }
        </p>
    });

    // Callbacks
    let on_assemble = {
        let (undo, previous, id) = (undo.clone(), saved.kit.clone(), props.spec_id.clone());
        app.callback(move |app, budgets: StageBudgets| {
            app.edit_kit(&id, KitEdit::Assemble { budgets });
            undo.set(previous.clone().map(|kit| LocalUndo {
                text: "Re-assembled the kit.".into(),
                kit: Some(kit),
            }));
        })
    };
    let on_undo = {
        let (undo, id) = (undo.clone(), props.spec_id.clone());
        app.callback(move |app, _: MouseEvent| {
            if let Some(last) = (*undo).clone() {
                app.edit_kit(&id, KitEdit::Restore { kit: last.kit });
            }
            undo.set(None);
        })
    };

    let Some(kit) = saved.kit else {
        return html! {
            <>
                { intro(&title, HOW) }
                { weightless_note }
                <section class="card" aria-labelledby="budget-heading">
                    <h2 id="budget-heading">{ "Minutes for each stage" }</h2>
                    <BudgetForm initial={StageBudgets::default()} submit_label="Assemble kit" on_submit={on_assemble} />
                </section>
            </>
        };
    };
    let on_edit = {
        let (undo, problem, id) = (undo.clone(), problem.clone(), props.spec_id.clone());
        let (kit, spec) = (kit.clone(), spec.clone());
        app.callback(
            move |app, edit: KitEdit| match undo_text(&kit, &spec, edit.clone()) {
                Ok(text) => {
                    app.edit_kit(&id, edit);
                    undo.set(text.map(|text| LocalUndo {
                        text,
                        kit: Some(kit.clone()),
                    }));
                    problem.set(None);
                }
                Err(err) => problem.set(Some(err.to_string())),
            },
        )
    };
    let on_print = Callback::from(|_: MouseEvent| print::print_page());

    let count: usize = kit.stages.iter().map(|s| s.items.len()).sum();
    let budgets = budgets_of(&kit);
    let summary = format!(
        "{count} questions, {} of {} minutes planned.",
        kit.total_minutes(),
        budgets.total()
    );
    let rows = coverage(&kit, &spec);
    html! {
        <>
            { intro(&title, HOW) }
            <p class="print-only print-fill">{ "Candidate: ______________________   Interviewer: ______________________   Date: ____________" }</p>
            <p class="kit-summary">{ summary }</p>
            { weightless_note }
            <div class="button-row no-print">
                <button type="button" class="button--primary" onclick={on_print}>{ "Print kit" }</button>
                <a href={href(&spec_route)} class="button">{ "Edit the role spec" }</a>
                <a href={href(&Route::Kit)} class="button">{ "Question bank" }</a>
            </div>
            if let Some(last) = (*undo).clone() {
                <p class="kit-undo no-print" role="status">{ last.text }{ " " }<button type="button" onclick={on_undo}>{ "Undo" }</button></p>
            }
            if let Some(message) = (*problem).clone() {
                <p class="error" role="alert">{ message }</p>
            }
            { kit_view(&KitViewProps { kit: kit.clone(), spec: spec.clone(), weightless, on_edit: on_edit.clone() }) }
            { overall_call_boxes() }
            <section class="card coverage-card no-print" aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">{ "Coverage" }</h2>
                <p class="help">{ "Each question's minutes are split evenly across its competencies. The weight share is what the role spec asks for; the kit share is what this kit gives. A kit share within a quarter of the weight share (at least 1 point either way) counts as close." }</p>
                { coverage_table(&CoverageTableProps { rows }) }
            </section>
            <CustomForm kit={kit.clone()} {on_edit} />
            <details class="card reassemble no-print">
                <summary>{ "Change the minutes and re-assemble" }</summary>
                <p class="help">{ "Re-assembling replaces the questions above with a fresh selection. You can undo it." }</p>
                <BudgetForm initial={budgets} submit_label="Re-assemble kit" on_submit={on_assemble} />
            </details>
        </>
    }
}
