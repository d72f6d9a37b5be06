//! The builder's first two groups: the role (title, stage, level, experience) and the stack.

use std::rc::Rc;

use yew::prelude::*;

use super::controls::{
    described_by, field, labels, position, select_field, FieldProps, SelectFieldProps,
};
use super::edit::problem_text;
use crate::components::draft_field::DraftField;
use crate::engine::edit::SpecEdit;
use crate::engine::input;
use crate::engine::role::{ProductStage, RoleSpec, Seniority};
use crate::engine::spec_rules::{SpecField, SpecProblem, YEARS_MAX};
use crate::platform::dom;

/// What every builder group gets: the spec, its problems, and where to send an edit.
#[derive(PartialEq, Clone)]
pub struct SpecPartProps {
    pub spec: Rc<RoleSpec>,
    pub problems: Rc<Vec<SpecProblem>>,
    pub on_edit: Callback<SpecEdit>,
}

/// "3–5 years" or "5+ years".
pub fn years_text(min: u8, max: Option<u8>) -> String {
    match max {
        Some(max) if max == min => format!("{min} years"),
        Some(max) => format!("{min}\u{2013}{max} years"),
        None => format!("{min}+ years"),
    }
}

/// What each level usually means, for the help under the level select.
fn level_help() -> String {
    let parts: Vec<String> = Seniority::ALL
        .iter()
        .map(|s| {
            let (low, high) = s.typical_years();
            format!("{} {}", s.label(), years_text(low, high))
        })
        .collect();
    format!("Usually: {}.", parts.join(", "))
}

/// A text input whose value is stored as typed.
fn text_input(id: &'static str, value: &str, error: bool, on: Callback<String>) -> Html {
    let oninput = on.reform(|e: InputEvent| dom::value(&e));
    let invalid = error.then_some("true");
    html! {
        <input {id} type="text" value={value.to_string()} {oninput} aria-invalid={invalid}
            aria-describedby={described_by(id, false, error)} />
    }
}

pub fn role_fields(props: &SpecPartProps) -> Html {
    let spec = &props.spec;
    let edit = &props.on_edit;
    let title_error = problem_text(&props.problems, SpecField::Title);
    let years_error = problem_text(&props.problems, SpecField::Years);
    let title = text_input(
        "spec-title",
        &spec.title,
        title_error.is_some(),
        edit.reform(|title| SpecEdit::Rename { title }),
    );
    let on_stage = edit.reform(|i: usize| SpecEdit::Stage {
        stage: ProductStage::ALL.get(i).copied().unwrap_or_default(),
    });
    let on_level = edit.reform(|i: usize| SpecEdit::Seniority {
        seniority: Seniority::ALL.get(i).copied().unwrap_or_default(),
    });
    // Empty means none: 0 for "at least", an open range for "at most".
    let on_years = |max_side: bool| {
        let edit = edit.clone();
        Callback::from(move |text: String| {
            let years = match text.trim() {
                "" => None,
                typed => Some(input::years(typed, u64::from(YEARS_MAX))? as u8),
            };
            edit.emit(if max_side {
                SpecEdit::MaxYears { years }
            } else {
                SpecEdit::MinYears {
                    years: years.unwrap_or(0),
                }
            });
            Ok(years.map_or(if max_side { "" } else { "0" }.into(), |y| y.to_string()))
        })
    };
    let max_text = spec.max_years.map_or(String::new(), |m| m.to_string());
    let years_summary = format!("Shown as {}.", years_text(spec.min_years, spec.max_years));
    html! {
        <fieldset>
            <legend>{ "The role" }</legend>
            { field(&FieldProps { id: "spec-title".into(), label: "Job title".into(), error: title_error, children: title, ..Default::default() }) }
            <div class="field-row">
                { select_field(&SelectFieldProps { id: "spec-stage".into(), label: "Product stage".into(), options: labels(&ProductStage::ALL, ProductStage::label), selected: position(&ProductStage::ALL, &spec.stage), on_select: on_stage, ..Default::default() }) }
                { select_field(&SelectFieldProps { id: "spec-level".into(), label: "Seniority".into(), help: Some(level_help().into()), options: labels(&Seniority::ALL, Seniority::label), selected: position(&Seniority::ALL, &spec.seniority), on_select: on_level }) }
            </div>
            <div class="field-row">
                <DraftField id="spec-min-years" label="Years of experience, at least"
                    value={spec.min_years.to_string()} on_input={on_years(false)} />
                <DraftField id="spec-max-years" label="At most (optional)"
                    help={format!("Leave empty for an open range. {years_summary}")}
                    value={max_text} on_input={on_years(true)} error={years_error} />
            </div>
        </fieldset>
    }
}

pub fn stack_fields(props: &SpecPartProps) -> Html {
    let spec = &props.spec;
    let edit = &props.on_edit;
    let language_error = problem_text(&props.problems, SpecField::Language);
    let language = text_input(
        "spec-language",
        &spec.language,
        language_error.is_some(),
        edit.reform(|language| SpecEdit::Language { language }),
    );
    let lists = [
        (
            "spec-frameworks",
            "Frameworks",
            SpecField::Frameworks,
            &spec.frameworks,
            (|items| SpecEdit::Frameworks { items }) as fn(Vec<String>) -> SpecEdit,
        ),
        (
            "spec-data-stores",
            "Data stores",
            SpecField::DataStores,
            &spec.data_stores,
            |items| SpecEdit::DataStores { items },
        ),
        (
            "spec-cloud",
            "Cloud and tooling",
            SpecField::Cloud,
            &spec.cloud,
            |items| SpecEdit::Cloud { items },
        ),
    ];
    let list_fields = lists.into_iter().map(|(id, label, field, items, make)| {
        let error = problem_text(&props.problems, field);
        let edit = edit.clone();
        let on_input = Callback::from(move |text: String| {
            let items = input::list(&text);
            let means = input::join_list(&items);
            edit.emit(make(items));
            Ok(means)
        });
        html! {
            <DraftField {id} {label} help="Separate items with commas." inputmode="text"
                value={input::join_list(items)} {on_input} {error} />
        }
    });
    html! {
        <fieldset>
            <legend>{ "Stack" }</legend>
            { field(&FieldProps { id: "spec-language".into(), label: "Primary language".into(), error: language_error, children: language, ..Default::default() }) }
            { for list_fields }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_ranges_use_an_en_dash_and_a_plus_when_open() {
        assert_eq!(years_text(3, Some(5)), "3–5 years");
        assert_eq!(years_text(5, None), "5+ years");
        assert_eq!(years_text(4, Some(4)), "4 years");
    }
}
