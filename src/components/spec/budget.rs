//! The optional annual budget: two amounts in US dollars. Both empty means no budget; one amount
//! alone is a single figure. The typed text is kept as a pair (see `draft` for why).

use yew::prelude::*;

use super::controls::{described_by, Field};
use crate::engine::input;
use crate::engine::role::Budget;
use crate::platform::dom;

/// The budget two typed amounts stand for, or `Err` naming the amount that is not a number.
pub fn budget_from(min: &str, max: &str) -> Result<Option<Budget>, &'static str> {
    let read = |text: &str, which| match text.trim() {
        "" => Ok(None),
        t => input::money(t)
            .map(|n| Some(u32::try_from(n).unwrap_or(u32::MAX)))
            .map_err(|_| which),
    };
    Ok(match (read(min, "min")?, read(max, "max")?) {
        (None, None) => None,
        (Some(min), None) => Some(Budget { min, max: min }),
        (None, Some(max)) => Some(Budget { min: max, max }),
        (Some(min), Some(max)) => Some(Budget { min, max }),
    })
}

#[derive(Properties, PartialEq)]
pub struct BudgetFieldsProps {
    pub budget: Option<Budget>,
    /// A problem the spec rules found (minimum above maximum, too large).
    pub error: Option<String>,
    pub on_change: Callback<Option<Budget>>,
}

#[function_component(BudgetFields)]
pub fn budget_fields(props: &BudgetFieldsProps) -> Html {
    let stored = props.budget.map_or((String::new(), String::new()), |b| {
        (b.min.to_string(), b.max.to_string())
    });
    let draft = use_state(|| stored.clone());
    let parsed = budget_from(&draft.0, &draft.1);
    // Typed text that no longer means the stored budget (changed elsewhere) gives way to it.
    let (min_text, max_text) = match parsed {
        Ok(budget) if budget != props.budget => stored,
        _ => (*draft).clone(),
    };
    let typing_error = match parsed {
        Err(_) => Some("Enter whole US dollars, like 70000 or 70,000.".to_string()),
        Ok(_) => None,
    };
    let error = typing_error.or_else(|| props.error.clone());
    let invalid = error.is_some();
    let on_input = |max_side: bool| {
        let draft = draft.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let text = dom::value(&e);
            let next = if max_side {
                (draft.0.clone(), text)
            } else {
                (text, draft.1.clone())
            };
            if let Ok(budget) = budget_from(&next.0, &next.1) {
                on_change.emit(budget);
            }
            draft.set(next);
        })
    };
    let aria_invalid = invalid.then_some("true");
    html! {
        <div class="field-row">
            <Field id="spec-budget-min" label="Budget from (USD a year)">
                <input id="spec-budget-min" type="text" inputmode="numeric" value={min_text}
                    oninput={on_input(false)} aria-invalid={aria_invalid}
                    aria-describedby={described_by("spec-budget-max", true, invalid)} />
            </Field>
            <Field id="spec-budget-max" label="Budget to (USD a year)"
                help={AttrValue::from("Optional. Leave both empty to say nothing about pay; one amount alone is a single figure.")}
                {error}>
                <input id="spec-budget-max" type="text" inputmode="numeric" value={max_text}
                    oninput={on_input(true)} aria-invalid={aria_invalid}
                    aria-describedby={described_by("spec-budget-max", true, invalid)} />
            </Field>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_become_a_budget() {
        assert_eq!(budget_from("", " "), Ok(None));
        assert_eq!(
            budget_from("70,000", "110000"),
            Ok(Some(Budget {
                min: 70_000,
                max: 110_000
            }))
        );
        assert_eq!(
            budget_from("", "$90,000"),
            Ok(Some(Budget {
                min: 90_000,
                max: 90_000
            }))
        );
        assert_eq!(budget_from("seventy", "1"), Err("min"));
        // Past the toolkit's limit: refused at the field, not saved.
        assert_eq!(budget_from("99999999999", ""), Err("min"));
        assert_eq!(
            budget_from("85k", "85.000"),
            Ok(Some(Budget {
                min: 85_000,
                max: 85_000
            }))
        );
    }
}
