//! The optional annual budget: two amounts in US dollars. Both empty means no budget; one amount
//! alone is a single figure. Stored, a single figure is min = max, which cannot say which field was
//! left empty, so the typed pair is kept here and shown while it still means the stored budget;
//! a budget changed elsewhere (undo, import, another tab) wins, decided while rendering.

use yew::prelude::*;

use crate::components::draft_field::DraftField;
use crate::engine::input;
use crate::engine::role::Budget;

/// The budget two typed amounts stand for, or the refusal of the first amount that is not one.
pub fn budget_from(min: &str, max: &str) -> Result<Option<Budget>, String> {
    Ok(match (amount(min)?, amount(max)?) {
        (None, None) => None,
        (Some(min), None) => Some(Budget { min, max: min }),
        (None, Some(max)) => Some(Budget { min: max, max }),
        (Some(min), Some(max)) => Some(Budget { min, max }),
    })
}

/// One side of the budget: empty is none.
fn amount(text: &str) -> Result<Option<u32>, String> {
    match text.trim() {
        "" => Ok(None),
        t => input::money(t).map(|n| Some(u32::try_from(n).unwrap_or(u32::MAX))),
    }
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
    let typed = use_state(|| None::<[String; 2]>);
    let stored = props.budget.map_or([String::new(), String::new()], |b| {
        [b.min.to_string(), b.max.to_string()]
    });
    // The typed pair while it means the stored budget (a refused side is kept by its field).
    let shown = typed
        .as_ref()
        .filter(|[min, max]| match budget_from(min, max) {
            Ok(budget) => budget == props.budget,
            Err(_) => true,
        })
        .cloned()
        .unwrap_or(stored);
    let on_input = |side: usize| {
        let (typed, on_change, shown) = (typed.clone(), props.on_change.clone(), shown.clone());
        Callback::from(move |text: String| {
            let mut next = shown.clone();
            next[side] = text.clone();
            if let Ok(budget) = budget_from(&next[0], &next[1]) {
                on_change.emit(budget);
            }
            typed.set(Some(next));
            Ok(text)
        })
    };
    let refusal = |side: usize| amount(&shown[side]).err();
    html! {
        <div class="field-row">
            <DraftField id="spec-budget-min" label="Budget from (USD a year)"
                value={shown[0].clone()} on_input={on_input(0)} error={refusal(0)} />
            <DraftField id="spec-budget-max" label="Budget to (USD a year)"
                help="Optional. Leave both empty to say nothing about pay; one amount alone is a single figure."
                value={shown[1].clone()} on_input={on_input(1)}
                error={refusal(1).or_else(|| props.error.clone())} />
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
        assert!(budget_from("seventy", "1")
            .unwrap_err()
            .contains("such as 85,000"));
        // Past the toolkit's limit: refused at the field, not saved.
        assert!(budget_from("99999999999", "").is_err());
        assert!(budget_from("", "85.50").unwrap_err().contains("cents"));
        assert_eq!(
            budget_from("85k", "85.000"),
            Ok(Some(Budget {
                min: 85_000,
                max: 85_000
            }))
        );
    }
}
