//! The question bank (I1): filter by competency, type and level, search by words.
//! The filter is screen state only: it is not part of the saved document.

use yew::prelude::*;

use super::question_card::QuestionCard;
use crate::engine::competency::Competency;
use crate::engine::questions::{bank, filter, BankFilter, QuestionType};
use crate::engine::role::Seniority;
use crate::platform::dom;

#[function_component(QuestionBank)]
pub fn question_bank() -> Html {
    let current = use_state(BankFilter::default);
    let found = filter(&current);
    let count = format!("{} of {} questions match.", found.len(), bank().len());
    let cards = found
        .iter()
        .map(|q| html! { <QuestionCard key={q.id} question={*q} /> });

    // Callbacks: each control edits one field of the filter.
    let edit = |apply: fn(&mut BankFilter, String)| {
        let current = current.clone();
        Callback::from(move |value: String| {
            let mut next = (*current).clone();
            apply(&mut next, value);
            current.set(next);
        })
    };
    let on_competency = edit(|f, v| f.competency = pick(&Competency::ALL, &v));
    let on_kind = edit(|f, v| f.kind = pick(&QuestionType::ALL, &v));
    let on_level = edit(|f, v| f.level = pick(&Seniority::ALL, &v));
    let on_text = edit(|f, v| f.text = v).reform(|e: InputEvent| dom::value(&e));
    let on_clear = {
        let current = current.clone();
        Callback::from(move |_: MouseEvent| current.set(BankFilter::default()))
    };

    let competency_options = options(
        Competency::ALL.iter().map(|c| c.label()),
        position(&Competency::ALL, current.competency),
    );
    let kind_options = options(
        QuestionType::ALL.iter().map(|k| k.label()),
        position(&QuestionType::ALL, current.kind),
    );
    let level_options = options(
        Seniority::ALL.iter().map(|l| l.label()),
        position(&Seniority::ALL, current.level),
    );
    html! {
        <section aria-labelledby="bank-heading">
            <h2 id="bank-heading">{ "Question bank" }</h2>
            <div class="field-row bank-filters">
                <div class="field">
                    <label for="bank-competency">{ "Competency" }</label>
                    <select id="bank-competency" onchange={on_competency.reform(select_value)}>{ competency_options }</select>
                </div>
                <div class="field">
                    <label for="bank-kind">{ "Type" }</label>
                    <select id="bank-kind" onchange={on_kind.reform(select_value)}>{ kind_options }</select>
                </div>
                <div class="field">
                    <label for="bank-level">{ "Level" }</label>
                    <select id="bank-level" onchange={on_level.reform(select_value)}>{ level_options }</select>
                </div>
            </div>
            <div class="field">
                <label for="bank-search">{ "Search the questions" }</label>
                <input id="bank-search" type="search" value={current.text.clone()} oninput={on_text} />
                <p class="help">{ "Every word you type must appear in the question, its purpose or what a strong answer shows." }</p>
            </div>
            <p class="bank-count" role="status">{ count }</p>
            if found.is_empty() {
                <p class="empty">{ "No question matches all of these. Clear a filter or use fewer words." }</p>
                <button type="button" onclick={on_clear}>{ "Clear the filters" }</button>
            } else {
                <ol class="question-list">{ for cards }</ol>
            }
        </section>
    }
}

// Helpers

pub fn select_value(e: Event) -> String {
    dom::value(&e)
}

/// The choice at the index a select sent; "" (Any) or a bad value means no choice.
fn pick<T: Copy>(all: &[T], value: &str) -> Option<T> {
    value
        .parse::<usize>()
        .ok()
        .and_then(|i| all.get(i).copied())
}

fn position<T: PartialEq>(all: &[T], chosen: Option<T>) -> Option<usize> {
    chosen.and_then(|c| all.iter().position(|x| *x == c))
}

/// "Any" followed by one option per label, valued by index.
fn options<'a>(labels: impl Iterator<Item = &'a str>, selected: Option<usize>) -> Html {
    let rest = labels.enumerate().map(|(i, label)| {
        html! { <option value={i.to_string()} selected={selected == Some(i)}>{ label }</option> }
    });
    html! {
        <>
            <option value="" selected={selected.is_none()}>{ "Any" }</option>
            { for rest }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pick_reads_an_index_and_ignores_anything_else() {
        assert_eq!(pick(&Seniority::ALL, "2"), Some(Seniority::Senior));
        assert_eq!(pick(&Seniority::ALL, ""), None);
        assert_eq!(pick(&Seniority::ALL, "9"), None);
        assert_eq!(pick(&Seniority::ALL, "x"), None);
    }
}
