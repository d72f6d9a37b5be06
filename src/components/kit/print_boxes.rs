//! Boxes to tick on the printed kit: the anchored 1-4 rating under each question, and the
//! interviewer's overall call at the end. Only in print; on screen, live mode records both.

use yew::prelude::*;

use crate::engine::candidate::Recommendation;
use crate::engine::competency::Rating;

/// "☐ 1 Gap   ☐ 2 Partial ..." under one question.
pub fn rating_boxes() -> Html {
    let boxes = Rating::ALL.iter().map(
        |r| html! { <span class="tick-box">{ format!("☐ {} {}", r.value(), r.label()) }</span> },
    );
    html! {
        <p class="print-only print-ticks"><strong>{ "Rating:" }</strong>{ for boxes }</p>
    }
}

/// The overall call for the whole interview, with room to say why.
pub fn overall_call_boxes() -> Html {
    let boxes = Recommendation::ALL
        .iter()
        .map(|r| html! { <span class="tick-box">{ format!("☐ {}", r.label()) }</span> });
    let scale = Rating::ALL
        .iter()
        .map(|r| html! { <li>{ format!("{} {}: {}", r.value(), r.label(), r.meaning()) }</li> });
    html! {
        <section class="print-only print-overall">
            <h2>{ "Overall call" }</h2>
            <p class="print-ticks">{ for boxes }</p>
            <div class="notes-box">{ "Why" }</div>
            <h3>{ "The rating scale" }</h3>
            <ul>{ for scale }</ul>
        </section>
    }
}
