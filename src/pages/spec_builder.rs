//! `#/specs/<id>`: edit one role spec.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::use_app;
use crate::components::intro::Intro;
use crate::platform::clock;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SpecBuilderProps {
    pub id: String,
}

#[function_component(SpecBuilderPage)]
pub fn spec_builder_page(props: &SpecBuilderProps) -> Html {
    let app = use_app();
    let Some(saved) = app.doc.spec(&props.id).cloned() else {
        return html! {
            <Intro title="Role spec not found"
                how="No saved role spec has this address. It may have been deleted, or saved in another browser." />
        };
    };
    let on_title = {
        let app = app.clone();
        let id = props.id.clone();
        let spec = saved.spec.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut spec = spec.clone();
            spec.title = input.value();
            app.dispatch(Action::UpdateSpec {
                id: id.clone(),
                now: clock::now_ms(),
                spec,
            });
        })
    };
    html! {
        <>
            <Intro title="Role spec builder"
                how="Fill in the role from top to bottom; everything saves as you type. The full builder (weights, must-haves, presets, the job description and share links) is coming." />
            <div class="field">
                <label for="spec-title">{ "Job title" }</label>
                <input id="spec-title" type="text" value={saved.spec.title.clone()} oninput={on_title} />
            </div>
        </>
    }
}
