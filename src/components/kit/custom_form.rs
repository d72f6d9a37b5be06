//! "Add your own question": prompt, competencies, minutes and purpose, checked by the same
//! rules the engine applies, with each problem shown next to its field.

use yew::prelude::*;

use super::bank::select_value;
use crate::components::draft_field::DraftField;
use crate::engine::competency::Competency;
use crate::engine::edit::KitEdit;
use crate::engine::input;
use crate::engine::kit::{add_custom, CustomQuestion, Kit, KitError};
use crate::platform::dom;

#[derive(Properties, PartialEq)]
pub struct CustomFormProps {
    pub kit: Kit,
    pub on_edit: Callback<KitEdit>,
}

#[derive(Clone, Default, PartialEq)]
struct Draft {
    stage: usize,
    prompt: String,
    competencies: Vec<Competency>,
    minutes: String,
    purpose: String,
}

/// Which field a problem belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Prompt,
    Competencies,
    Minutes,
}

#[function_component(CustomForm)]
pub fn custom_form(props: &CustomFormProps) -> Html {
    let draft = use_state(|| Draft {
        minutes: "10".into(),
        ..Draft::default()
    });
    let problem = use_state(|| None::<(Field, String)>);
    let error_for = |field: Field| {
        problem
            .as_ref()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    };

    // Callbacks: one helper edits one field of the draft.
    let edit = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            apply(&mut next, value);
            draft.set(next);
        })
    };
    let on_stage = edit(|d, v| d.stage = v.parse().unwrap_or(0)).reform(select_value);
    let on_prompt = edit(|d, v| d.prompt = v).reform(text_area);
    let on_purpose = edit(|d, v| d.purpose = v).reform(text_area);
    let on_minutes = {
        let set = edit(|d, v| d.minutes = v);
        Callback::from(move |text: String| {
            set.emit(text.clone());
            Ok(text)
        })
    };
    let on_submit = {
        let (draft, problem, kit, on_edit) = (
            draft.clone(),
            problem.clone(),
            props.kit.clone(),
            props.on_edit.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check(&kit, &draft) {
                Ok(question) => {
                    on_edit.emit(KitEdit::Custom {
                        stage: draft.stage,
                        question,
                    });
                    draft.set(Draft {
                        stage: draft.stage,
                        minutes: "10".into(),
                        ..Draft::default()
                    });
                    problem.set(None);
                }
                Err(found) => problem.set(Some(found)),
            }
        })
    };

    let stages = props.kit.stages.iter().enumerate().map(|(i, s)| {
        html! { <option value={i.to_string()} selected={draft.stage == i}>{ s.kind.label() }</option> }
    });
    let boxes = Competency::ALL.iter().map(|&c| {
        let id = format!("custom-c-{}", c.index());
        let checked = draft.competencies.contains(&c);
        let toggle = {
            let draft = draft.clone();
            Callback::from(move |_: Event| {
                let mut next = (*draft).clone();
                if checked { next.competencies.retain(|x| *x != c) } else { next.competencies.push(c) }
                draft.set(next);
            })
        };
        html! { <label class="check" for={id.clone()}><input {id} type="checkbox" {checked} onchange={toggle} />{ c.label() }</label> }
    });
    let (prompt_error, competency_error, minutes_error) = (
        error_for(Field::Prompt),
        error_for(Field::Competencies),
        read_minutes(&draft.minutes)
            .err()
            .or_else(|| error_for(Field::Minutes)),
    );
    html! {
        <form class="card custom-form no-print" onsubmit={on_submit} novalidate={true} aria-labelledby="custom-heading">
            <h2 id="custom-heading">{ "Add your own question" }</h2>
            <div class="field">
                <label for="custom-stage">{ "Stage" }</label>
                <select id="custom-stage" onchange={on_stage}>{ for stages }</select>
            </div>
            <div class="field">
                <label for="custom-prompt">{ "Question" }</label>
                <textarea id="custom-prompt" value={draft.prompt.clone()} oninput={on_prompt}
                    aria-invalid={prompt_error.is_some().then_some("true")} />
                if let Some(message) = prompt_error { <p class="error">{ message }</p> }
            </div>
            <fieldset class="field checks">
                <legend>{ "Competencies it gives evidence on" }</legend>
                <p class="help">{ "Pick one to three. Its rating in live mode counts for each of them." }</p>
                <div class="check-grid">{ for boxes }</div>
                if let Some(message) = competency_error { <p class="error">{ message }</p> }
            </fieldset>
            <DraftField id="custom-minutes" label="Minutes" value={draft.minutes.clone()}
                on_input={on_minutes} error={minutes_error} />
            <div class="field">
                <label for="custom-purpose">{ "Purpose" }</label>
                <textarea id="custom-purpose" value={draft.purpose.clone()} oninput={on_purpose} />
                <p class="help">{ "Why you ask it: the interviewer reads this before asking." }</p>
            </div>
            <button type="submit">{ "Add the question" }</button>
        </form>
    }
}

// Helpers

fn text_area(e: InputEvent) -> String {
    dom::value(&e)
}

/// A question's minutes: 1 to 240.
fn read_minutes(text: &str) -> Result<u8, String> {
    input::minutes(text, 1, 240).map(|m| m as u8)
}

/// The question the draft makes, or the field to fix and why: tried on a copy of the kit.
fn check(kit: &Kit, draft: &Draft) -> Result<CustomQuestion, (Field, String)> {
    let minutes = read_minutes(&draft.minutes).map_err(|why| (Field::Minutes, why))?;
    let question = CustomQuestion {
        id: String::new(),
        prompt: draft.prompt.clone(),
        competencies: draft.competencies.clone(),
        minutes,
        purpose: draft.purpose.clone(),
    };
    let mut trial = kit.clone();
    match add_custom(&mut trial, draft.stage, question.clone()) {
        Ok(_) => Ok(question),
        Err(err) => {
            let field = match err {
                KitError::CompetencyCount => Field::Competencies,
                KitError::ZeroMinutes => Field::Minutes,
                _ => Field::Prompt,
            };
            Err((field, err.to_string()))
        }
    }
}
