//! Library pieces: one saved spec as a row (open, rename in place, duplicate, delete) and the
//! preset chooser a new spec starts from (R2).

use yew::prelude::*;

use crate::engine::presets::Preset;
use crate::platform::dom;
use crate::routes::{href, Route};

#[derive(Properties, PartialEq)]
pub struct SpecRowProps {
    pub id: AttrValue,
    pub title: AttrValue,
    /// "Senior · Scaling platform".
    pub facts: AttrValue,
    pub edited: AttrValue,
    /// How many candidates are assessed against the spec, said before it is deleted.
    #[prop_or_default]
    pub used_by: Option<AttrValue>,
    pub on_rename: Callback<String>,
    pub on_duplicate: Callback<()>,
    pub on_delete: Callback<()>,
}

#[function_component(SpecRow)]
pub fn spec_row(props: &SpecRowProps) -> Html {
    let renaming = use_state(|| false);
    let input = use_node_ref();
    let toggle_button = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(*renaming, move |open| {
            if *open {
                dom::focus(&input);
            }
        });
    }
    let toggle = {
        let renaming = renaming.clone();
        Callback::from(move |_: MouseEvent| renaming.set(!*renaming))
    };
    // Enter or Escape ends renaming (the title is already saved) and returns to the button.
    let on_key = {
        let renaming = renaming.clone();
        let toggle_button = toggle_button.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == "Escape" {
                e.prevent_default();
                renaming.set(false);
                dom::focus(&toggle_button);
            }
        })
    };
    let on_rename = props.on_rename.reform(|e: InputEvent| dom::value(&e));
    let on_duplicate = props.on_duplicate.reform(|_: MouseEvent| ());
    let on_delete = props.on_delete.reform(|_: MouseEvent| ());
    let input_id = format!("rename-{}", props.id);
    let toggle_text = if *renaming { "Done" } else { "Rename" };
    let route = Route::Spec {
        id: props.id.to_string(),
    };
    html! {
        <li class="spec-row">
            <div class="spec-row__main">
                <a href={href(&route)} class="spec-row__title">{ props.title.clone() }</a>
                <p class="spec-row__facts muted">{ props.facts.clone() }{ " · edited " }{ props.edited.clone() }</p>
                if let Some(used) = &props.used_by {
                    <p class="spec-row__used small" id={format!("used-{}", props.id)}>{ used.clone() }</p>
                }
                if *renaming {
                    <div class="field rename-field">
                        <label for={input_id.clone()}>{ "New title" }</label>
                        <input id={input_id} type="text" ref={input} value={props.title.clone()}
                            oninput={on_rename} onkeydown={on_key} />
                        <p class="help">{ "Saved as you type. Press Enter when done." }</p>
                    </div>
                }
            </div>
            <div class="button-row spec-row__actions">
                <button type="button" ref={toggle_button} onclick={toggle}
                    aria-expanded={renaming.to_string()} aria-label={format!("{toggle_text}: {}", props.title)}>{ toggle_text }</button>
                <button type="button" onclick={on_duplicate} aria-label={format!("Duplicate {}", props.title)}>{ "Duplicate" }</button>
                <button type="button" class="button--danger" onclick={on_delete}
                    aria-label={format!("Delete {}", props.title)}
                    aria-describedby={props.used_by.as_ref().map(|_| format!("used-{}", props.id))}>{ "Delete" }</button>
            </div>
        </li>
    }
}

#[derive(PartialEq)]
pub struct PresetChooserProps {
    pub presets: Vec<Preset>,
    /// The index of the chosen preset, or `None` for a blank spec.
    pub on_choose: Callback<Option<usize>>,
}

pub fn preset_chooser(props: &PresetChooserProps) -> Html {
    let cards = props.presets.iter().enumerate().map(|(i, preset)| {
        let choose = props.on_choose.reform(move |_: MouseEvent| Some(i));
        let facts = format!(
            "{} · {} · {}",
            preset.spec.seniority.label(),
            preset.spec.stage.label(),
            preset.spec.language
        );
        html! {
            <li class="card preset-card">
                <h3>{ preset.name }</h3>
                <p>{ preset.summary }</p>
                <p class="muted small">{ facts }</p>
                <button type="button" onclick={choose} aria-label={format!("Start from {}", preset.name)}>{ "Start from this" }</button>
            </li>
        }
    });
    let blank = props.on_choose.reform(|_: MouseEvent| None);
    html! {
        <section id="preset-chooser" class="preset-chooser" aria-labelledby="chooser-heading">
            <h2 id="chooser-heading">{ "Start from a preset" }</h2>
            <p class="help">{ "Each preset is a complete spec for a common backend role. Change anything after." }</p>
            <ul class="preset-grid">
                { for cards }
                <li class="card preset-card preset-card--blank">
                    <h3>{ "Blank spec" }</h3>
                    <p>{ "Every area at the same weight and the rest left for you to fill in." }</p>
                    <button type="button" onclick={blank}>{ "Blank spec" }</button>
                </li>
            </ul>
        </section>
    }
}
