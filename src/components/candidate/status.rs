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

/// A status word with its icon and colour class.
pub fn badge(icon: &str, class: &str, word: &str) -> Html {
    html! {
        <span class={classes!("status", class.to_string())}>
            <span aria-hidden="true">{ icon.to_string() }{ " " }</span>{ word.to_string() }
        </span>
    }
}

pub fn verdict_badge(verdict: Verdict) -> Html {
    let (icon, class) = verdict_look(verdict);
    badge(icon, class, verdict.label())
}
