//! Offer check (C3): where an ask sits in the band, and against a role spec's budget.

use yew::prelude::*;

use super::field::on_select;
use super::model::local_amount;
use super::offer_model::{budget_status, offer_status, OfferTarget};
use super::offer_result::{offer_result, OfferResultProps};
use crate::components::draft_field::DraftField;
use crate::engine::bidi::isolate;
use crate::engine::candidate::Candidate;
use crate::engine::input;
use crate::engine::money;
use crate::engine::salary::{Band, LocalCurrency};
use crate::engine::store::SavedSpec;

/// What the user picked or typed for the offer check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfferInput {
    pub typed_ask: String,
    pub candidate: Option<String>,
    pub spec: Option<String>,
}

#[derive(PartialEq)]
pub struct OfferCardProps {
    pub input: OfferInput,
    pub target: OfferTarget,
    /// Candidates who have given an ask.
    pub candidates: Vec<Candidate>,
    pub specs: Vec<SavedSpec>,
    pub band: Option<Band>,
    pub currency: Option<LocalCurrency>,
    /// Set when the ask is far outside every band (a likely typo).
    pub typo: Option<AttrValue>,
    pub on_change: Callback<OfferInput>,
}

pub fn offer_card(props: &OfferCardProps) -> Html {
    let change = |edit: fn(&mut OfferInput, String)| {
        let input = props.input.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |value: String| {
            let mut next = input.clone();
            edit(&mut next, value);
            on_change.emit(next);
        })
    };
    let on_candidate = on_select(change(|i, v| i.candidate = (!v.is_empty()).then_some(v)));
    let on_spec = on_select(change(|i, v| i.spec = (!v.is_empty()).then_some(v)));
    let on_typed = {
        let set = change(|i, v| i.typed_ask = v);
        Callback::from(move |text: String| {
            set.emit(text.clone());
            Ok(text)
        })
    };
    let ask_refusal = match props.input.typed_ask.trim() {
        "" => None,
        typed => input::money(typed).err(),
    };
    let picked = props.input.candidate.as_deref();
    let candidate_options = props.candidates.iter().map(|c| {
        let ask = c.salary_ask.map(|a| money::usd(u64::from(a))).unwrap_or_default();
        html! { <option value={c.id.clone()} selected={picked == Some(c.id.as_str())}>{ format!("{}, asks {ask}", isolate(&c.name)) }</option> }
    });
    let picked_spec = props.input.spec.as_deref();
    let spec_options = props.specs.iter().map(|s| {
        html! { <option value={s.id.clone()} selected={picked_spec == Some(s.id.as_str())}>{ s.spec.display_title().to_string() }</option> }
    });
    let result = match (props.target.ask, &props.band) {
        (Some(ask), Some(band)) => html! {
            { offer_result(&OfferResultProps { ask, band: *band, budget: props.target.budget, spec_picked: picked_spec.is_some(), local_ask: local_amount(ask, props.currency.as_ref()), typo: props.typo.clone(), position: offer_status_pair(band, ask), budget_status: budget_status_pair(&props.target, ask) }) }
        },
        (None, _) => {
            html! { <p class="empty">{ "Type an ask or pick a candidate to see where it sits in the band." }</p> }
        }
        (Some(_), None) => html! { <p class="empty">{ "No band for this level and market." }</p> },
    };
    html! {
        <section class="card" aria-labelledby="offer-heading">
            <h2 id="offer-heading">{ "Offer check" }</h2>
            <p class="how-it-works">{ "Type an ask, or pick a candidate who gave one. Pick a role spec to check against its budget; its level and region then choose the band." }</p>
            <div class="field-row">
                if props.candidates.is_empty() {
                    <p class="empty">{ "No candidate has a salary ask yet: add one on the Candidates screen, or type an ask here." }</p>
                } else {
                    <div class="field">
                        <label for="offer-candidate">{ "Candidate" }</label>
                        <select id="offer-candidate" onchange={on_candidate}>
                            <option value="" selected={picked.is_none()}>{ "None: I will type an ask" }</option>
                            { for candidate_options }
                        </select>
                    </div>
                }
                if picked.is_none() {
                    <DraftField id="offer-ask" label="Salary ask (US dollars a year)"
                        help="Whole dollars, such as 85,000." value={props.input.typed_ask.clone()} on_input={on_typed}
                        error={ask_refusal} />
                }
            </div>
            if props.specs.is_empty() {
                <p class="empty">{ "No role specs yet: create one under Role specs to check an ask against its budget." }</p>
            } else {
                <div class="field">
                    <label for="offer-spec">{ "Role spec" }</label>
                    <select id="offer-spec" onchange={on_spec}>
                        <option value="" selected={picked_spec.is_none()}>{ "None: use the place and level above" }</option>
                        { for spec_options }
                    </select>
                </div>
            }
            { result }
        </section>
    }
}

// Helpers

fn offer_status_pair(band: &Band, ask: u64) -> (AttrValue, AttrValue, AttrValue) {
    let position = crate::engine::salary::offer_position(band, ask);
    let (class, word) = offer_status(&position);
    (class.into(), word.into(), position.message().into())
}

fn budget_status_pair(target: &OfferTarget, ask: u64) -> (AttrValue, AttrValue, AttrValue) {
    let fit = crate::engine::salary::budget_fit(target.budget, ask);
    let (class, word) = budget_status(&fit);
    (class.into(), word.into(), fit.message().into())
}
