//! One question in an assembled kit: what to ask and listen for, plus its edit controls
//! (hidden in print, where a blank box for notes takes their place).

use yew::prelude::*;

use super::bank::select_value;
use super::print_boxes::rating_boxes;
use super::question_card::{bullet_list, competency_list, guide_details, short};
use crate::engine::edit::KitEdit;
use crate::engine::kit::KitItem;
use crate::engine::questions::Question;

#[derive(Properties, PartialEq)]
pub struct KitItemProps {
    pub item: KitItem,
    pub stage: usize,
    pub index: usize,
    /// Items in the stage, to know which moves make sense.
    pub count: usize,
    /// Number shown before the prompt, counted across the whole kit.
    pub number: usize,
    pub swap_options: Vec<&'static Question>,
    pub on_edit: Callback<KitEdit>,
}

#[function_component(KitItemView)]
pub fn kit_item_view(props: &KitItemProps) -> Html {
    let chosen = use_state(String::new);
    let (stage, index) = (props.stage, props.index);
    let question = props.item.question();
    let purpose = match &props.item {
        KitItem::Custom(c) => c.purpose.clone(),
        KitItem::Bank { .. } => question.map(|q| q.purpose.to_string()).unwrap_or_default(),
    };
    let source = if question.is_some() {
        ""
    } else {
        " · your question"
    };
    let meta = format!(
        "{} min · {}{source}",
        props.item.minutes(),
        competency_list(props.item.competencies())
    );
    let hidden_name = format!(" question {}", props.number);
    let swap_id = format!("swap-{stage}-{index}");

    // Callbacks
    let emit = |edit: KitEdit| props.on_edit.reform(move |_: MouseEvent| edit.clone());
    let id = props.item.id().to_string();
    let move_up = emit(KitEdit::Move {
        id: id.clone(),
        to: index.saturating_sub(1),
    });
    let move_down = emit(KitEdit::Move {
        id: id.clone(),
        to: index + 1,
    });
    let remove = emit(KitEdit::Remove { id: id.clone() });
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(select_value(e)))
    };
    let swap_to = props
        .swap_options
        .iter()
        .find(|q| q.id == *chosen)
        .map(|q| q.id);
    let on_swap = {
        let (on_edit, chosen) = (props.on_edit.clone(), chosen.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(with) = swap_to {
                chosen.set(String::new());
                on_edit.emit(KitEdit::Swap {
                    id: id.clone(),
                    with,
                });
            }
        })
    };
    let options = props.swap_options.iter().map(|q| {
        html! { <option value={q.id} selected={*chosen == q.id}>{ short(q.prompt, 80) }</option> }
    });
    html! {
        <li class="kit-item">
            <p class="kit-item__prompt"><span class="kit-item__number">{ format!("{}.", props.number) }</span>{ " " }{ props.item.prompt().to_string() }</p>
            <p class="muted small">{ meta }</p>
            if !purpose.is_empty() {
                <p><strong>{ "Purpose: " }</strong>{ purpose }</p>
            }
            if let Some(q) = question {
                { guide_details(q, classes!("no-print")) }
                <div class="print-only"><strong>{ "Listen for:" }</strong>{ bullet_list(q.signals) }</div>
            }
            { rating_boxes() }
            <div class="print-only notes-box">{ "Notes" }</div>
            <div class="kit-item__controls no-print">
                <button type="button" onclick={move_up} disabled={index == 0}>
                    { "↑ Move up" }<span class="visually-hidden">{ hidden_name.clone() }</span>
                </button>
                <button type="button" onclick={move_down} disabled={index + 1 >= props.count}>
                    { "↓ Move down" }<span class="visually-hidden">{ hidden_name.clone() }</span>
                </button>
                <button type="button" class="button--danger" onclick={remove}>
                    { "Remove" }<span class="visually-hidden">{ hidden_name }</span>
                </button>
                if !props.swap_options.is_empty() {
                    <span class="swap">
                        <label for={swap_id.clone()}>{ format!("Swap question {} for", props.number) }</label>
                        <select id={swap_id} onchange={on_choose}>
                            <option value="" selected={chosen.is_empty()}>{ "Pick a question on the same topics" }</option>
                            { for options }
                        </select>
                        <button type="button" onclick={on_swap} disabled={swap_to.is_none()}>{ "Swap" }</button>
                    </span>
                }
            </div>
        </li>
    }
}
