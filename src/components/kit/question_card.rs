//! One bank question as an interviewer's guide: what to ask, why, and how to judge the answer.

use yew::prelude::*;

use crate::engine::competency::Competency;
use crate::engine::questions::Question;
use crate::engine::role::Seniority;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub question: &'static Question,
}

#[function_component(QuestionCard)]
pub fn question_card(props: &QuestionCardProps) -> Html {
    let q = props.question;
    let meta = format!(
        "{} · {} min · {}",
        q.kind.label(),
        q.minutes,
        level_range(q.levels)
    );
    let competencies = competency_list(q.competencies);
    html! {
        <li class="card question">
            <p class="question__prompt">{ q.prompt }</p>
            <p class="question__meta muted">{ meta }</p>
            <p class="question__meta"><strong>{ "Competencies: " }</strong>{ competencies }</p>
            <p><strong>{ "Purpose: " }</strong>{ q.purpose }</p>
            { guide_details(q, Classes::new()) }
        </li>
    }
}

/// Strong-answer signals, red flags and follow-ups, folded away until asked for.
pub fn guide_details(q: &'static Question, class: Classes) -> Html {
    html! {
        <details class={classes!("guide", class)}>
            <summary>{ "Strong answers, red flags and follow-ups" }</summary>
            <h4>{ "A strong answer" }</h4>
            { bullet_list(q.signals) }
            <h4>{ "Red flags" }</h4>
            { bullet_list(q.red_flags) }
            <h4>{ "Follow-ups" }</h4>
            { bullet_list(q.follow_ups) }
        </details>
    }
}

// Helpers

pub fn bullet_list(items: &[&str]) -> Html {
    html! { <ul>{ for items.iter().map(|text| html! { <li>{ *text }</li> }) }</ul> }
}

/// "API design, Databases".
pub fn competency_list(competencies: &[Competency]) -> String {
    competencies
        .iter()
        .map(|c| c.label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Junior–Senior" (en dash), or one level when both ends match.
pub fn level_range((low, high): (Seniority, Seniority)) -> String {
    if low == high {
        low.label().to_string()
    } else {
        format!("{}\u{2013}{}", low.label(), high.label())
    }
}

/// The start of a long prompt, cut at a word, for select options and button labels.
pub fn short(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    // One character more, so a cut that lands just before a space keeps the whole last word.
    let cut: String = text.chars().take(max_chars + 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', '.', ':', ';']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_ranges_use_an_en_dash() {
        assert_eq!(
            level_range((Seniority::Junior, Seniority::Senior)),
            "Junior–Senior"
        );
        assert_eq!(level_range((Seniority::Mid, Seniority::Mid)), "Mid-level");
    }

    #[test]
    fn short_cuts_at_a_word_and_keeps_short_text() {
        assert_eq!(short("Why this team?", 40), "Why this team?");
        assert_eq!(
            short("Tell me about a time, when it broke", 16),
            "Tell me about a…"
        );
        assert_eq!(
            short("Tell me about a time, when it broke", 21),
            "Tell me about a time…"
        );
    }

    #[test]
    fn competencies_join_with_commas() {
        assert_eq!(
            competency_list(&[Competency::ApiDesign, Competency::Databases]),
            "API design, Databases"
        );
    }
}
