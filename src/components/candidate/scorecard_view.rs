//! A scorecard read back: who, whether it is submitted, the overall call, and each rating with
//! its evidence. `children` holds the sharing controls the page adds.

use yew::prelude::*;

use super::card_edit::answer_evidence;
use crate::engine::candidate::Scorecard;
use crate::engine::competency::Competency;

#[derive(PartialEq)]
pub struct ScorecardViewProps {
    pub card: Scorecard,
    /// "Last changed ..." in the reader's local time.
    pub changed: AttrValue,
    pub children: Html,
}

pub fn scorecard_view(props: &ScorecardViewProps) -> Html {
    let card = &props.card;
    let state = if card.submitted {
        "Submitted"
    } else {
        "Draft, not submitted"
    };
    let call = card
        .recommendation
        .map_or("No overall call yet", |r| r.label());
    let rows = Competency::ALL.iter().filter_map(|&c| {
        let explicit = card.ratings.iter().find(|r| r.competency == c);
        let answers = answer_evidence(card, c);
        let (rating, evidence) = match (explicit, answers.first()) {
            (Some(r), _) => (
                format!("{} {}", r.rating.value(), r.rating.label()),
                r.evidence.clone(),
            ),
            (None, Some(_)) => {
                let notes: Vec<String> = answers
                    .iter()
                    .map(|a| format!("{} on “{}”", a.rating.value(), a.question))
                    .collect();
                ("From answers".to_string(), notes.join("; "))
            }
            (None, None) => return None,
        };
        Some(html! {
            <tr>
                <th scope="row">{ c.label() }</th>
                <td data-label="Rating">{ rating }</td>
                <td class="evidence" data-label="Evidence">{ evidence }</td>
            </tr>
        })
    });
    let rows: Vec<Html> = rows.collect();
    let title = format!("{}’s scorecard", card.interviewer);
    html! {
        <article class="card scorecard-view">
            <h3>{ title }</h3>
            <p class="muted">{ state }{ " · " }{ props.changed.clone() }</p>
            <p><strong>{ "Overall call: " }</strong>{ call }</p>
            if rows.is_empty() {
                <p class="empty">{ "No competency rated yet." }</p>
            } else {
                <div class="table-wrap">
                    <table class="stack-on-phone">
                        <thead><tr>
                            <th scope="col">{ "Competency" }</th><th scope="col">{ "Rating" }</th><th scope="col">{ "Evidence" }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            { props.children.clone() }
        </article>
    }
}
