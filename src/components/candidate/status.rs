//! Verdict and gate badges: a colour, an icon and a word, never colour alone.

use yew::prelude::*;

use crate::engine::scoring::{GateStatus, Verdict};

/// (icon, status class) for a verdict.
pub fn verdict_look(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Hire => ("✔", "status--good"),
        Verdict::LeanHire => ("↗", "status--good"),
        Verdict::LeanNoHire => ("↘", "status--warn"),
        Verdict::NoHire => ("✖", "status--bad"),
        Verdict::Blocked => ("⊘", "status--bad"),
        Verdict::NotEnoughEvidence => ("…", "status--warn"),
    }
}

pub fn gate_look(status: GateStatus) -> (&'static str, &'static str, &'static str) {
    match status {
        GateStatus::Passed => ("✔", "status--good", "Met"),
        GateStatus::BelowRequired => ("▼", "status--warn", "Below the required level"),
        GateStatus::Failed => ("✖", "status--bad", "Blocked"),
        GateStatus::NotYetAssessed => ("…", "status--warn", "Not yet assessed"),
    }
}

#[derive(Properties, PartialEq)]
pub struct BadgeProps {
    pub icon: AttrValue,
    pub class: AttrValue,
    pub word: AttrValue,
}

#[function_component(Badge)]
pub fn badge(props: &BadgeProps) -> Html {
    html! {
        <span class={classes!("status", props.class.to_string())}>
            <span aria-hidden="true">{ props.icon.clone() }{ " " }</span>{ props.word.clone() }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub verdict: Verdict,
}

#[function_component(VerdictBadge)]
pub fn verdict_badge(props: &VerdictProps) -> Html {
    let (icon, class) = verdict_look(props.verdict);
    html! { <Badge {icon} {class} word={props.verdict.label()} /> }
}
