//! The assembled kit, stage by stage: each stage's questions, its planned minutes against its
//! budget, and a way to add a fitting question from the bank.

use yew::prelude::*;

use super::bank::select_value;
use super::kit_item::KitItemView;
use super::question_card::short;
use crate::engine::edit::KitEdit;
use crate::engine::kit::{kit_minutes, swap_options, Kit, KitStage};
use crate::engine::questions::{bank, Question};
use crate::engine::role::RoleSpec;

#[derive(PartialEq)]
pub struct KitViewProps {
    pub kit: Kit,
    pub spec: RoleSpec,
    /// Every competency weighs 0: an empty stage is then the spec's doing, not the minutes'.
    pub weightless: bool,
    pub on_edit: Callback<KitEdit>,
}

pub fn kit_view(props: &KitViewProps) -> Html {
    let mut number = 0;
    let stages = props.kit.stages.iter().enumerate().map(|(s, stage)| {
        let first = number + 1;
        number += stage.items.len();
        stage_section(props, s, stage, first)
    });
    html! { <div class="kit">{ for stages }</div> }
}

fn stage_section(props: &KitViewProps, s: usize, stage: &KitStage, first: usize) -> Html {
    let planned = kit_minutes(stage);
    let over = planned > stage.budget_minutes;
    let (class, word) = if over {
        ("status--warn", "⚠ over budget")
    } else {
        ("status--good", "✓ within budget")
    };
    let timing = format!("{planned} of {} min planned", stage.budget_minutes);
    let heading_id = format!("stage-{s}");
    let count = stage.items.len();
    let items = stage.items.iter().enumerate().map(|(i, item)| {
        let options = swap_options(&props.kit, s, i, &props.spec);
        html! {
            <KitItemView key={item.id().to_string()} item={item.clone()} stage={s} index={i} {count}
                number={first + i} swap_options={options} on_edit={props.on_edit.clone()} />
        }
    });
    let addable = addable(&props.kit, stage, &props.spec);
    html! {
        <section class="kit-stage card" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ stage.kind.label() }</h2>
            <p class="kit-stage__timing">{ timing }{ " " }<span class={classes!("status", class)}>{ word }</span></p>
            if stage.items.is_empty() && props.weightless {
                <p class="empty">{ "No questions in this stage: the role spec weights no competency. Add one from the bank below, or set weights first." }</p>
            } else if stage.items.is_empty() {
                <p class="empty">{ "No questions in this stage yet. Add one from the bank below, or give the stage more minutes and re-assemble." }</p>
            } else {
                <ol class="kit-items">{ for items }</ol>
            }
            <AddFromBank stage={s} label={stage.kind.label()} options={addable} on_edit={props.on_edit.clone()} />
        </section>
    }
}

/// Bank questions of the stage's type that suit the spec's level and are not in the kit yet.
pub fn addable(kit: &Kit, stage: &KitStage, spec: &RoleSpec) -> Vec<&'static Question> {
    bank()
        .iter()
        .filter(|q| q.kind == stage.kind && q.fits(spec.seniority) && !kit.contains(q.id))
        .collect()
}

#[derive(Properties, PartialEq)]
struct AddProps {
    stage: usize,
    label: &'static str,
    options: Vec<&'static Question>,
    on_edit: Callback<KitEdit>,
}

#[function_component(AddFromBank)]
fn add_from_bank(props: &AddProps) -> Html {
    let chosen = use_state(String::new);
    let pick = props.options.iter().find(|q| q.id == *chosen).map(|q| q.id);
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(select_value(e)))
    };
    let on_add = {
        let (on_edit, chosen) = (props.on_edit.clone(), chosen.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = pick {
                chosen.set(String::new());
                on_edit.emit(KitEdit::Add { id });
            }
        })
    };
    if props.options.is_empty() {
        return html! { <p class="muted small no-print">{ "Every bank question of this type for this level is already in the kit." }</p> };
    }
    let id = format!("add-{}", props.stage);
    let options = props.options.iter().map(|q| {
        let text = format!("{} ({} min)", short(q.prompt, 80), q.minutes);
        html! { <option value={q.id} selected={*chosen == q.id}>{ text }</option> }
    });
    html! {
        <div class="add-from-bank no-print">
            <label for={id.clone()}>{ format!("Add a {} question from the bank", props.label.to_lowercase()) }</label>
            <div class="add-from-bank__row">
                <select {id} onchange={on_choose}>
                    <option value="" selected={chosen.is_empty()}>{ "Pick a question" }</option>
                    { for options }
                </select>
                <button type="button" onclick={on_add} disabled={pick.is_none()}>{ "Add" }</button>
            </div>
        </div>
    }
}
