//! Minutes per interview stage, then "Assemble kit". Errors show in words next to each field.

use yew::prelude::*;

use crate::engine::kit::StageBudgets;
use crate::engine::questions::QuestionType;
use crate::platform::dom;

/// The longest stage we accept: a full working day.
const MAX_MINUTES: u16 = 480;

#[derive(Properties, PartialEq)]
pub struct BudgetFormProps {
    pub initial: StageBudgets,
    pub submit_label: AttrValue,
    pub on_submit: Callback<StageBudgets>,
}

#[function_component(BudgetForm)]
pub fn budget_form(props: &BudgetFormProps) -> Html {
    let texts = use_state(|| QuestionType::ALL.map(|k| props.initial.get(k).to_string()));
    let parsed = texts.each_ref().map(|t| parse_minutes(t));
    let all_zero = parsed.iter().all(|p| matches!(p, Ok(0)));

    // Callbacks
    let on_input = |i: usize| {
        let texts = texts.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*texts).clone();
            next[i] = dom::value(&e);
            texts.set(next);
        })
    };
    let on_submit = {
        let on_submit = props.on_submit.clone();
        let values = budgets_from(&parsed);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(budgets) = values {
                on_submit.emit(budgets);
            }
        })
    };

    let fields = QuestionType::ALL.iter().enumerate().map(|(i, kind)| {
        let id = format!("budget-{i}");
        let error_id = format!("budget-{i}-error");
        let error = parsed[i].err();
        html! {
            <div class="field">
                <label for={id.clone()}>{ format!("{} (minutes)", kind.label()) }</label>
                <input id={id} type="number" min="0" max={MAX_MINUTES.to_string()} step="1" inputmode="numeric"
                    value={texts[i].clone()} oninput={on_input(i)}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then_some(error_id.clone())} />
                if let Some(message) = error {
                    <p class="error" id={error_id}>{ message }</p>
                }
            </div>
        }
    });
    html! {
        <form class="budget-form" onsubmit={on_submit} novalidate={true}>
            <div class="field-row">{ for fields }</div>
            if all_zero {
                <p class="error">{ "Give at least one stage some minutes." }</p>
            }
            <p class="help">{ "A stage with 0 minutes gets no questions. You can still add questions to it by hand." }</p>
            <button type="submit" class="button--primary">{ props.submit_label.clone() }</button>
        </form>
    }
}

// Helpers

/// Whole minutes, 0 to a working day; the error says what to type instead.
pub fn parse_minutes(text: &str) -> Result<u16, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Type a number of minutes (0 skips the stage).");
    }
    match text.parse::<u16>() {
        Ok(n) if n <= MAX_MINUTES => Ok(n),
        Ok(_) => Err("Keep a stage to 480 minutes (one working day) or less."),
        Err(_) => Err("Use whole minutes, like 45."),
    }
}

/// Budgets when every field is valid and at least one stage has time.
fn budgets_from(parsed: &[Result<u16, &'static str>; 4]) -> Option<StageBudgets> {
    let [screening, behavioral, technical_design, practical] = [0, 1, 2, 3].map(|i| parsed[i].ok());
    let budgets = StageBudgets {
        screening: screening?,
        behavioral: behavioral?,
        technical_design: technical_design?,
        practical: practical?,
    };
    (budgets.total() > 0).then_some(budgets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_must_be_whole_and_within_a_day() {
        assert_eq!(parse_minutes(" 45 "), Ok(45));
        assert_eq!(parse_minutes("0"), Ok(0));
        assert!(parse_minutes("").is_err());
        assert!(parse_minutes("4.5").is_err());
        assert!(parse_minutes("-3").is_err());
        assert!(parse_minutes("481").is_err());
    }

    #[test]
    fn budgets_need_every_field_and_some_time() {
        assert_eq!(
            budgets_from(&[Ok(20), Ok(45), Ok(60), Ok(60)]),
            Some(StageBudgets::default())
        );
        assert_eq!(budgets_from(&[Ok(0), Ok(0), Ok(0), Ok(0)]), None);
        assert_eq!(budgets_from(&[Ok(20), Err("x"), Ok(60), Ok(60)]), None);
    }
}
