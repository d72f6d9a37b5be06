//! `#/sources` and `#/sources/<id>`: every publisher HireKit cites, what it takes from each and
//! from when. Each "Source:" line in the app links to its publisher's entry here.

use yew::prelude::*;

use crate::components::intro::intro;
use crate::engine::sources::{Publisher, PUBLISHERS};

pub const TITLE: &str = "Sources";
pub const HOW: &str = "HireKit's figures and topics come from the publishers below. We use their facts and figures; every sentence in the app is written in our own words. Each figure on the other screens names its publisher and links here. Figures you enter yourself are marked as your own.";

/// Every publisher cited, with `opened` (the entry a citation link opened) marked.
pub fn sources_page(opened: Option<&str>) -> Html {
    let entries = PUBLISHERS.iter().map(|p| entry(p, opened == Some(p.id)));
    html! {
        <>
            { intro(TITLE, HOW) }
            <ol class="source-list">{ for entries }</ol>
        </>
    }
}

fn entry(p: &Publisher, opened: bool) -> Html {
    let heading = format!("source-{}-heading", p.id);
    let taken = p.taken.iter().map(|t| html! { <li>{ *t }</li> });
    html! {
        <li id={format!("source-{}", p.id)} tabindex="-1"
            class={classes!("card", "source-entry", opened.then_some("source-entry--opened"))}
            aria-current={opened.then_some("true")}>
            <article aria-labelledby={heading.clone()}>
                <h2 id={heading}>{ p.name }</h2>
                <dl class="source-entry__facts">
                    <div><dt>{ "Publication" }</dt><dd>{ p.work }</dd></div>
                    <div><dt>{ "Date" }</dt><dd>{ p.when }</dd></div>
                </dl>
                <h3>{ "What HireKit takes from it" }</h3>
                <ul>{ for taken }</ul>
            </article>
        </li>
    }
}
