//! `#/specs`: the library of saved role specs (R5) and the preset chooser a new one starts from (R2).

use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::intro;
use crate::components::spec::edit::copy_title;
use crate::components::spec::library::{preset_chooser, PresetChooserProps, SpecRow};
use crate::engine::edit::SpecEdit;
use crate::engine::presets::presets;
use crate::engine::role::RoleSpec;
use crate::engine::store::SavedSpec;
use crate::platform::clock;
use crate::routes::{navigate, Route};

pub const TITLE: &str = "Role specs";
pub const HOW: &str = "A role spec says what you are hiring for: the stack, which competencies matter and how much, \
the must-haves, where the person can live and the budget. Start from a preset and adjust it; the interview kit, \
the scorecards and the salary check all read from it.";

#[function_component(SpecsPage)]
pub fn specs_page() -> Html {
    let app = use_app();
    let chooser_open = use_state(|| false);
    let presets = use_memo((), |()| presets());

    // Callbacks
    let toggle_chooser = {
        let chooser_open = chooser_open.clone();
        Callback::from(move |_: MouseEvent| chooser_open.set(!*chooser_open))
    };
    let on_choose = {
        let presets = presets.clone();
        app.callback(move |app, choice: Option<usize>| {
            let spec = choice
                .and_then(|i| presets.get(i))
                .map_or_else(RoleSpec::default, |p| p.spec.clone());
            let id = app.create_spec(spec);
            navigate(&Route::Spec { id });
        })
    };

    // Helpers
    let row = |saved: &SavedSpec| {
        let id = saved.id.as_str();
        let on_rename = app
            .spec_editor(id)
            .reform(|title| SpecEdit::Rename { title });
        let copy = RoleSpec {
            title: copy_title(&saved.spec.title),
            ..saved.spec.clone()
        };
        let on_duplicate = app.callback(move |app, ()| {
            app.create_spec(copy.clone());
        });
        let id = saved.id.clone();
        let on_delete = app.callback(move |app, ()| app.delete_spec(&id));
        let facts = format!(
            "{} · {}",
            saved.spec.seniority.label(),
            saved.spec.stage.label()
        );
        let used_by = match app.doc.candidates_using(&saved.id) {
            0 => None,
            1 => Some("Used by 1 candidate: deleting keeps a copy with them.".to_string()),
            n => Some(format!(
                "Used by {n} candidates: deleting keeps a copy with each."
            )),
        };
        html! {
            <SpecRow key={saved.id.clone()} id={saved.id.clone()} title={saved.spec.display_title().to_string()}
                {facts} edited={clock::local_time(saved.updated_at)} used_by={used_by.map(AttrValue::from)}
                {on_rename} {on_duplicate} {on_delete} />
        }
    };
    let rows = app.doc.specs.iter().map(row);
    let empty = app.doc.specs.is_empty();
    let open = *chooser_open || empty;
    let toggle_text = if *chooser_open && !empty {
        "Close the presets"
    } else {
        "New role spec"
    };
    html! {
        <>
            { intro(TITLE, HOW) }
            <p><button type="button" class="button--primary" onclick={toggle_chooser}
                aria-expanded={open.to_string()} aria-controls="preset-chooser">{ toggle_text }</button></p>
            if open {
                { preset_chooser(&PresetChooserProps { presets: (*presets).clone(), on_choose }) }
            }
            <section aria-labelledby="library-heading">
                <h2 id="library-heading">{ "Saved specs" }</h2>
                if empty {
                    <p class="empty">{ "No role specs yet: start from a preset above." }</p>
                } else {
                    <ul class="record-list spec-list">{ for rows }</ul>
                }
            </section>
        </>
    }
}
