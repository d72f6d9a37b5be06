//! Team planner (C4): named plans kept in the document, each with rows of hires by level,
//! market and maybe country; the plan's annual salaries and total cost, and what the same team
//! would cost in the US.

use yew::prelude::*;

use super::field::on_select;
use super::model::distinct_sources;
use super::team_results::{team_results, TeamResultsProps};
use super::team_row::TeamRowView;
use crate::components::draft_field::DraftField;
use crate::engine::candidate::RecordId;
use crate::engine::edit::TeamPlanEdit;
use crate::engine::salary::{plan_team, Band, LocalCurrency, OnCostSettings, SavedTeamPlan};

#[derive(Properties, PartialEq)]
pub struct TeamCardProps {
    pub plans: Vec<SavedTeamPlan>,
    pub bands: Vec<Band>,
    pub on_costs: OnCostSettings,
    pub currency: Option<LocalCurrency>,
    /// Starts a new plan and returns its id.
    pub on_create: Callback<(), RecordId>,
    pub on_edit: Callback<(RecordId, TeamPlanEdit)>,
    /// Adds a row to the plan with this id.
    pub on_add_row: Callback<RecordId>,
    pub on_delete: Callback<RecordId>,
}

#[function_component(TeamCard)]
pub fn team_card(props: &TeamCardProps) -> Html {
    let chosen = use_state(|| None::<RecordId>);
    // The chosen plan while it exists, else the first one.
    let plan = (*chosen)
        .as_ref()
        .and_then(|id| props.plans.iter().find(|p| &p.id == id))
        .or(props.plans.first());

    // Callbacks
    let on_new = {
        let (chosen, on_create) = (chosen.clone(), props.on_create.clone());
        Callback::from(move |_: MouseEvent| chosen.set(Some(on_create.emit(()))))
    };
    let on_add = {
        let (chosen, on_create, on_add_row) = (
            chosen.clone(),
            props.on_create.clone(),
            props.on_add_row.clone(),
        );
        let current = plan.map(|p| p.id.clone());
        Callback::from(move |_: MouseEvent| {
            // The first row starts a plan of its own.
            let id = current.clone().unwrap_or_else(|| {
                let id = on_create.emit(());
                chosen.set(Some(id.clone()));
                id
            });
            on_add_row.emit(id);
        })
    };
    let on_pick = {
        let chosen = chosen.clone();
        on_select(Callback::from(move |id: String| chosen.set(Some(id))))
    };

    let Some(plan) = plan else {
        return html! {
            { frame(html! { <>
                <p class="empty">{ "No hires in the plan yet: add a row to start." }</p>
                <p><button type="button" onclick={on_add}>{ "Add a row of hires" }</button></p>
            </> }) }
        };
    };
    let edit = {
        let id = plan.id.clone();
        props.on_edit.reform(move |edit| (id.clone(), edit))
    };
    let on_rename = edit.reform(|name: String| TeamPlanEdit::Rename { name });
    let on_name = Callback::from(move |name: String| {
        on_rename.emit(name.clone());
        Ok(name)
    });
    let on_delete = {
        let (id, on_delete) = (plan.id.clone(), props.on_delete.clone());
        Callback::from(move |_: MouseEvent| on_delete.emit(id.clone()))
    };
    let figures = plan_team(&plan.lines(), &props.bands, &props.on_costs);
    let sources = AttrValue::from(distinct_sources(props.bands.iter().map(|b| b.source)));
    let options = props.plans.iter().map(|p| {
        html! { <option value={p.id.clone()} selected={p.id == plan.id}>{ p.display_name().to_string() }</option> }
    });
    let rows = plan.rows.iter().enumerate().map(|(i, row)| {
        html! { <TeamRowView key={row.id.clone()} number={i + 1} row={row.clone()}
        on_costs={props.on_costs.clone()} on_edit={edit.clone()} /> }
    });
    html! {
        { frame(html! { <>
            <div class="field-row team-plan-picker">
                <div class="field">
                    <label for="team-plan">{ "Plan" }</label>
                    <select id="team-plan" onchange={on_pick}>{ for options }</select>
                </div>
                <DraftField key={plan.id.clone()} id="team-plan-name" label="Plan name" inputmode="text"
                    value={plan.name.clone()} on_input={on_name} />
            </div>
            <p class="button-row">
                <button type="button" onclick={on_new}>{ "New plan" }</button>
                <button type="button" class="button--quiet button--danger" onclick={on_delete}
                    aria-label={format!("Delete plan {}", plan.display_name())}>{ "Delete plan" }</button>
            </p>
            if plan.rows.is_empty() {
                <p class="empty">{ "No hires in the plan yet: add a row to start." }</p>
            } else {
                <ol class="salary-team">{ for rows }</ol>
            }
            <p><button type="button" onclick={on_add}>{ "Add a row of hires" }</button></p>
            if figures.headcount > 0 {
                { team_results(&TeamResultsProps { plan: figures, currency: props.currency.clone(), sources }) }
            }
        </> }) }
    }
}

/// The card, its heading and how it works, around whatever the planner shows.
fn frame(children: Html) -> Html {
    html! {
        <section class="card" aria-labelledby="team-heading">
            <h2 id="team-heading">{ "Team planner" }</h2>
            <p class="how-it-works">{ "Add a row for each group of hires. Totals use the bands and each row's on-cost (its country's where you pick one, else its market's), and compare with the same people hired in the US at the same levels. Plans are saved in this browser; keep several side by side." }</p>
            { children }
        </section>
    }
}
