//! Minutes per interview stage, then "Assemble kit". Errors show in words next to each field.

use yew::prelude::*;

use crate::components::draft_field::DraftField;
use crate::engine::input;
use crate::engine::kit::StageBudgets;
use crate::engine::questions::QuestionType;

/// The longest stage we accept: a full working day.
const MAX_MINUTES: u64 = 480;

#[derive(Properties, PartialEq)]
pub struct BudgetFormProps {
    pub initial: StageBudgets,
    pub submit_label: AttrValue,
    pub on_submit: Callback<StageBudgets>,
}

#[function_component(BudgetForm)]
pub fn budget_form(props: &BudgetFormProps) -> Html {
    // What was typed, and the budgets it was typed over: new budgets from elsewhere (another
    // tab re-assembled the kit) win, decided here while rendering.
    let typed = use_state(|| None::<([String; 4], StageBudgets)>);
    let texts = typed
        .as_ref()
        .filter(|(_, over)| *over == props.initial)
        .map_or_else(
            || QuestionType::ALL.map(|k| props.initial.get(k).to_string()),
            |(texts, _)| texts.clone(),
        );
    let parsed = texts.each_ref().map(|t| parse_minutes(t));
    let all_zero = parsed.iter().all(|p| matches!(p, Ok(0)));

    // Callbacks
    let on_input = |i: usize| {
        let (typed, texts, over) = (typed.clone(), texts.clone(), props.initial);
        Callback::from(move |text: String| {
            let mut next = texts.clone();
            next[i] = text.clone();
            typed.set(Some((next, over)));
            Ok(text)
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
        html! {
            <DraftField id={format!("budget-{i}")} label={format!("{} (minutes)", kind.label())}
                value={texts[i].clone()} on_input={on_input(i)} error={parsed[i].clone().err()} />
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

/// Whole minutes, 0 (the stage is skipped) to a working day; the error says what to type.
pub fn parse_minutes(text: &str) -> Result<u16, String> {
    input::minutes(text, 0, MAX_MINUTES).map(|m| m as u16)
}

/// Budgets when every field is valid and at least one stage has time.
fn budgets_from(parsed: &[Result<u16, String>; 4]) -> Option<StageBudgets> {
    let [screening, behavioral, technical_design, practical] =
        [0, 1, 2, 3].map(|i| parsed[i].clone().ok());
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
        assert_eq!(parse_minutes("90 min"), Ok(90));
        assert_eq!(
            parse_minutes(""),
            Err("Type whole minutes, from 0 to 480.".to_string())
        );
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
        assert_eq!(
            budgets_from(&[Ok(20), Err("x".into()), Ok(60), Ok(60)]),
            None
        );
    }
}
