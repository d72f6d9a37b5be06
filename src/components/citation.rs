//! "Source: …" under a figure, with each publisher it names linked to its entry on the Sources
//! screen (P6), so "South" or "Terminal" is never left unexplained.

use yew::prelude::*;

use crate::engine::sources::{citation_parts, CitationPart};
use crate::routes::{href, Route};

#[derive(PartialEq)]
pub struct CitationProps {
    /// The citation as the engine gives it, such as "South, 2026 salary guide".
    pub text: AttrValue,
    /// The words before the citation: "Source: " unless given.
    pub lead: AttrValue,
    /// Render as a `<p>` (the default) or inline in a `<span>`.
    pub block: bool,
}

impl Default for CitationProps {
    fn default() -> Self {
        CitationProps {
            text: AttrValue::default(),
            lead: AttrValue::Static("Source: "),
            block: true,
        }
    }
}

pub fn citation(props: &CitationProps) -> Html {
    let parts = citation_parts(&props.text).into_iter().map(|part| match part {
        CitationPart::Text(text) => html! { { text.to_string() } },
        CitationPart::Name(name, publisher) => html! {
            <a href={href(&Route::Source { id: publisher.id.to_string() })}>{ name.to_string() }</a>
        },
    });
    let inner = html! { <>{ props.lead.clone() }{ for parts }</> };
    if props.block {
        html! { <p class="source">{ inner }</p> }
    } else {
        html! { <span class="source">{ inner }</span> }
    }
}
