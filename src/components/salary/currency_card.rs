//! Currency (C7): an optional local currency with a rate the user types. No rates are fetched:
//! the app makes no network requests, so the user owns the rate and its date.

use yew::prelude::*;

use super::model::parse_number;
use crate::components::draft_field::DraftField;
use crate::engine::edit::SalaryEdit;
use crate::engine::salary::{validate_currency_code, validate_rate, CurrencyError, SalarySettings};

#[derive(Properties, PartialEq)]
pub struct CurrencyCardProps {
    pub settings: SalarySettings,
    pub on_edit: Callback<SalaryEdit>,
}

/// Both fields show the stored pair (so an import or another tab's change shows at once); a
/// currency is saved only as a pair, so the first half typed waits here for the other.
#[derive(Clone, Default, PartialEq)]
struct Half {
    code: Option<String>,
    rate: Option<f64>,
}

#[function_component(CurrencyCard)]
pub fn currency_card(props: &CurrencyCardProps) -> Html {
    let half = use_state(Half::default);
    let stored = props.settings.local_currency();
    // Saves the pair when both halves are there, else keeps this half and says what is missing.
    let save = {
        let (half, on_edit) = (half.clone(), props.on_edit.clone());
        let stored = stored.map(|c| (c.code.clone(), c.per_usd));
        move |code: Option<String>, rate: Option<f64>, missing: &str| -> Result<(), String> {
            let code = code
                .or_else(|| half.code.clone())
                .or(stored.clone().map(|s| s.0));
            let rate = rate.or(half.rate).or(stored.as_ref().map(|s| s.1));
            if let (Some(code), Some(per_usd)) = (code.clone(), rate) {
                half.set(Half::default());
                on_edit.emit(SalaryEdit::SetCurrency { code, per_usd });
                return Ok(());
            }
            half.set(Half { code, rate });
            Err(format!(
                "Now type the {missing}: the currency is used once both are there."
            ))
        }
    };
    let on_code = {
        let save = save.clone();
        Callback::from(move |text: String| {
            let code = validate_currency_code(&text).map_err(|e| e.message().to_string())?;
            save(Some(code.clone()), None, "rate")?;
            Ok(code)
        })
    };
    let on_rate = Callback::from(move |text: String| {
        let per_usd = parse_number(&text)
            .ok_or(CurrencyError::BadRate)
            .and_then(validate_rate)
            .map_err(|e| e.message().to_string())?;
        save(None, Some(per_usd), "currency code")?;
        Ok(per_usd.to_string())
    });
    let on_clear = {
        let (half, on_edit) = (half.clone(), props.on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            half.set(Half::default());
            on_edit.emit(SalaryEdit::ClearCurrency);
        })
    };
    let (code, rate) = stored.map_or((String::new(), String::new()), |c| {
        (c.code.clone(), c.per_usd.to_string())
    });
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
                    help="Three letters, such as MXN, BRL or COP." value={code} on_input={on_code} />
                <DraftField id="currency-rate" label="Units per US dollar" inputmode="decimal"
                    help="How much of the currency one US dollar buys, such as 17.2." value={rate} on_input={on_rate} />
            </div>
            <p role="status">{ status }</p>
            if props.settings.currency.is_some() {
                <p><button type="button" onclick={on_clear}>{ "Show US dollars only" }</button></p>
            }
            <p class="source">{ "Source: the rate you enter." }</p>
        </section>
    }
}
