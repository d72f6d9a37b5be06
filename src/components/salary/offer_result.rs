//! The outcome of an offer check: the band it was checked against, where the ask sits, and how
//! it compares with the budget. Each verdict is a word with an icon, never colour alone.

use yew::prelude::*;

use crate::components::citation::{citation, CitationProps};
use crate::engine::money;
use crate::engine::role::Budget;
use crate::engine::salary::{Band, UpperBound};

/// A verdict: CSS class, status word, and the sentence that explains it.
pub type Verdict = (AttrValue, AttrValue, AttrValue);

#[derive(PartialEq)]
pub struct OfferResultProps {
    pub ask: u64,
    pub band: Band,
    pub budget: Option<Budget>,
    pub spec_picked: bool,
    pub local_ask: Option<String>,
    pub position: Verdict,
    pub budget_status: Verdict,
    /// Set when the ask is far outside every band.
    pub typo: Option<AttrValue>,
}

pub fn offer_result(props: &OfferResultProps) -> Html {
    let ask = match &props.local_ask {
        Some(local) => format!("{} ({local})", money::usd(props.ask)),
        None => money::usd(props.ask),
    };
    let band_text = format!(
        "Checked against the {} band, {}.",
        props.band.label(),
        money::range(props.band.min, props.band.max)
    );
    let budget_text = props.budget.map(|b| {
        let (low, high) = (b.min.min(b.max), b.min.max(b.max));
        format!(
            "Budget on the role spec: {}.",
            money::range(u64::from(low), UpperBound::Closed(u64::from(high)))
        )
    });
    html! {
        <div class="salary-offer" aria-live="polite">
            <p class="salary-offer__ask"><strong>{ "Ask: " }</strong>{ ask }</p>
            if let Some(warning) = props.typo.clone() { <p class="warning" role="alert">{ warning }</p> }
            <p>{ band_text }</p>
            { verdict("In the band", &props.position) }
            if props.spec_picked {
                if let Some(text) = budget_text {
                    <p>{ text }</p>
                }
                { verdict("Against the budget", &props.budget_status) }
            } else {
                <p class="muted">{ "Pick a role spec to compare the ask with its budget." }</p>
            }
            { citation(&CitationProps { text: props.band.source.into(), ..Default::default() }) }
        </div>
    }
}

fn verdict(what: &'static str, (class, word, message): &Verdict) -> Html {
    html! {
        <p class="salary-verdict">
            <span class="visually-hidden">{ format!("{what}: ") }</span>
            <span class={classes!("status", class.to_string())}>{ word.clone() }</span>
            { " " }
            <span>{ message.clone() }</span>
        </p>
    }
}
