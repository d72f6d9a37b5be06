//! The builder's first two groups: the role (title, stage, level, experience) and the stack.

use std::rc::Rc;

use yew::prelude::*;

use super::controls::{described_by, labels, position, Field, SelectField};
use super::draft::{
    join_list, parse_count, parse_list, parse_optional_count, DraftInput, DraftKind,
};
use super::edit::problem_text;
use crate::engine::edit::SpecEdit;
use crate::engine::role::{ProductStage, RoleSpec, Seniority};
use crate::engine::spec_rules::{SpecField, SpecProblem};
use crate::platform::dom;

/// What every builder group gets: the spec, its problems, and where to send an edit.
#[derive(Properties, PartialEq, Clone)]
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

#[function_component(RoleFields)]
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
    let on_min = edit.reform(|text: String| SpecEdit::MinYears {
        years: parse_count(&text),
    });
    let on_max = edit.reform(|text: String| SpecEdit::MaxYears {
        years: parse_optional_count(&text),
    });
    let min_text = spec.min_years.to_string();
    let max_text = spec.max_years.map_or(String::new(), |m| m.to_string());
    let years_summary = format!("Shown as {}.", years_text(spec.min_years, spec.max_years));
    let years_invalid = years_error.is_some();
    html! {
        <fieldset>
            <legend>{ "The role" }</legend>
            <Field id="spec-title" label="Job title" error={title_error}>{ title }</Field>
            <div class="field-row">
                <SelectField id="spec-stage" label="Product stage" options={labels(&ProductStage::ALL, ProductStage::label)}
                    selected={position(&ProductStage::ALL, &spec.stage)} on_select={on_stage} />
                <SelectField id="spec-level" label="Seniority" help={AttrValue::from(level_help())}
                    options={labels(&Seniority::ALL, Seniority::label)}
                    selected={position(&Seniority::ALL, &spec.seniority)} on_select={on_level} />
            </div>
            <div class="field-row">
                <Field id="spec-min-years" label="Years of experience, at least">
                    <DraftInput id="spec-min-years" kind={DraftKind::Count} value={min_text}
                        on_input={on_min} invalid={years_invalid} />
                </Field>
                <Field id="spec-max-years" label="At most (optional)"
                    help={AttrValue::from(format!("Leave empty for an open range. {years_summary}"))}
                    error={years_error}>
                    <DraftInput id="spec-max-years" kind={DraftKind::OptionalCount} value={max_text}
                        on_input={on_max} invalid={years_invalid}
                        described_by={described_by("spec-max-years", true, years_invalid)} />
                </Field>
            </div>
        </fieldset>
    }
}

#[function_component(StackFields)]
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
            edit.reform(|t: String| SpecEdit::Frameworks {
                items: parse_list(&t),
            }),
        ),
        (
            "spec-data-stores",
            "Data stores",
            SpecField::DataStores,
            &spec.data_stores,
            edit.reform(|t: String| SpecEdit::DataStores {
                items: parse_list(&t),
            }),
        ),
        (
            "spec-cloud",
            "Cloud and tooling",
            SpecField::Cloud,
            &spec.cloud,
            edit.reform(|t: String| SpecEdit::Cloud {
                items: parse_list(&t),
            }),
        ),
    ];
    let list_fields = lists.into_iter().map(|(id, label, field, items, on_input)| {
        let error = problem_text(&props.problems, field);
        let invalid = error.is_some();
        html! {
            <Field {id} {label} help={AttrValue::from("Separate items with commas.")} {error}>
                <DraftInput {id} kind={DraftKind::List} value={join_list(items)} {on_input} {invalid}
                    described_by={described_by(id, true, invalid)} />
            </Field>
        }
    });
    html! {
        <fieldset>
            <legend>{ "Stack" }</legend>
            <Field id="spec-language" label="Primary language" error={language_error}>{ language }</Field>
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
