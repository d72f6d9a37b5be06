//! Currency (C7): an optional local currency with a rate the user types. No rates are fetched:
//! the app makes no network requests, so the user owns the rate and its date.

use yew::prelude::*;

use super::field::DraftField;
use super::model::parse_number;
use crate::engine::edit::SalaryEdit;
use crate::engine::salary::{validate_currency_code, validate_rate, CurrencyError, SalarySettings};

#[derive(Properties, PartialEq)]
pub struct CurrencyCardProps {
    pub settings: SalarySettings,
    pub on_edit: Callback<SalaryEdit>,
}

/// What is typed in the two fields; saved once both are valid.
#[derive(Clone, Default, PartialEq)]
struct Typed {
    code: String,
    rate: String,
}

#[function_component(CurrencyCard)]
pub fn currency_card(props: &CurrencyCardProps) -> Html {
    let typed = {
        let stored = props.settings.local_currency().cloned();
        use_state(move || match stored {
            Some(c) => Typed {
                code: c.code,
                rate: c.per_usd.to_string(),
            },
            None => Typed::default(),
        })
    };
    // Records a keystroke, saves when both fields hold a valid pair, and returns this field's refusal.
    let apply = {
        let (typed, on_edit) = (typed.clone(), props.on_edit.clone());
        move |next: Typed, which: fn(CurrencyError) -> bool| -> Option<String> {
            typed.set(next.clone());
            let code = validate_currency_code(&next.code);
            let rate = parse_number(&next.rate)
                .ok_or(CurrencyError::BadRate)
                .and_then(validate_rate);
            match (&code, rate) {
                (Ok(code), Ok(per_usd)) => {
                    let code = code.clone();
                    on_edit.emit(SalaryEdit::SetCurrency { code, per_usd });
                    None
                }
                _ if next.code.trim().is_empty() && next.rate.trim().is_empty() => {
                    on_edit.emit(SalaryEdit::ClearCurrency);
                    None
                }
                (Err(e), _) if which(*e) && !next.code.trim().is_empty() => {
                    Some(e.message().to_string())
                }
                (_, Err(e)) if which(e) && !next.rate.trim().is_empty() => {
                    Some(e.message().to_string())
                }
                _ => None,
            }
        }
    };
    let on_code = {
        let (apply, typed) = (apply.clone(), typed.clone());
        Callback::from(move |code: String| {
            apply(
                Typed {
                    code,
                    ..(*typed).clone()
                },
                |e| e == CurrencyError::BadCode,
            )
        })
    };
    let on_rate = {
        let (apply, typed) = (apply.clone(), typed.clone());
        Callback::from(move |rate: String| {
            apply(
                Typed {
                    rate,
                    ..(*typed).clone()
                },
                |e| e == CurrencyError::BadRate,
            )
        })
    };
    let on_clear = {
        let (typed, on_edit) = (typed.clone(), props.on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            typed.set(Typed::default());
            on_edit.emit(SalaryEdit::ClearCurrency);
        })
    };
    let status = match props.settings.local_currency() {
        Some(c) => format!(
            "Figures on this screen also show {}, at {} {} to the US dollar.",
            c.code, c.per_usd, c.code
        ),
        None => "Figures show US dollars only.".to_string(),
    };
    html! {
        <section class="card" aria-labelledby="currency-heading">
            <h2 id="currency-heading">{ "Local currency" }</h2>
            <p class="how-it-works">{ "Bands are in US dollars. To see local amounts beside them, type a currency code and today's rate. HireKit never looks rates up, so check yours before you quote it." }</p>
            <div class="field-row">
                <DraftField id="currency-code" label="Currency code" inputmode="text" autocomplete="off"
                    help="Three letters, such as MXN, BRL or COP." value={typed.code.clone()} on_input={on_code} />
                <DraftField id="currency-rate" label="Units per US dollar"
                    help="How much of the currency one US dollar buys, such as 17.2." value={typed.rate.clone()} on_input={on_rate} />
            </div>
            <p role="status">{ status }</p>
            if props.settings.currency.is_some() {
                <p><button type="button" onclick={on_clear}>{ "Show US dollars only" }</button></p>
            }
            <p class="source">{ "Source: the rate you enter." }</p>
        </section>
    }
}
