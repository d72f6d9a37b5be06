//! Own data (C5): edit any band's figures. Edits save as you type; a reset brings back the
//! guide's figures, with an undo in case it was a slip.

use yew::prelude::*;

use super::band_fields::BandFields;
use super::model::{level_key, market_index};
use crate::engine::region::Market;
use crate::engine::salary::{Band, Level, SalarySettings};

#[derive(Properties, PartialEq)]
pub struct BandEditorProps {
    pub bands: Vec<Band>,
    pub settings: SalarySettings,
    pub on_settings: Callback<SalarySettings>,
}

/// What a reset replaced, so one click can bring it back.
#[derive(Clone, PartialEq)]
struct Undo {
    text: String,
    before: SalarySettings,
}

#[function_component(BandEditor)]
pub fn band_editor(props: &BandEditorProps) -> Html {
    let undo = use_state(|| None::<Undo>);
    // Resets one band (`Some`) or all of them (`None`), keeping the figures for undo.
    let reset = {
        let undo = undo.clone();
        let settings = props.settings.clone();
        let on_settings = props.on_settings.clone();
        Callback::from(move |which: Option<(Market, Level)>| {
            let mut next = settings.clone();
            let text = match which {
                Some((market, level)) => {
                    next.reset_band(market, level);
                    format!(
                        "{}, {} is back to the guide's figures.",
                        market.label(),
                        level.label()
                    )
                }
                None => {
                    next.reset_all_bands();
                    "Every band is back to the guide's figures.".to_string()
                }
            };
            undo.set(Some(Undo {
                text,
                before: settings.clone(),
            }));
            on_settings.emit(next);
        })
    };
    let on_undo = {
        let undo = undo.clone();
        let settings = props.settings.clone();
        let on_settings = props.on_settings.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(Undo { before, .. }) = (*undo).clone() {
                // Keep today's on-costs and currency: only the band figures go back.
                on_settings.emit(SalarySettings {
                    overrides: before.overrides,
                    ..settings.clone()
                });
            }
            undo.set(None);
        })
    };
    let any_own = !props.settings.overrides.is_empty();
    let fields = props.bands.iter().map(|band| {
        let key = format!("{}-{}", market_index(band.market), level_key(band.level));
        html! {
            <BandFields {key} band={*band} settings={props.settings.clone()}
                on_settings={props.on_settings.clone()} on_reset={reset.clone()} />
        }
    });
    let on_reset_all = reset.reform(|_: MouseEvent| None);
    html! {
        <section class="card" aria-labelledby="own-heading">
            <h2 id="own-heading">{ "Edit band figures" }</h2>
            <p class="how-it-works">{ "Use your own figures where you know better, for example from recent offers, in US dollars a year. Changes save as you type and are used everywhere on this screen; an edited band shows \u{201c}Your figures\u{201d} as its source." }</p>
            if let Some(u) = (*undo).clone() {
                <p class="salary-undo" role="status">
                    { u.text }{ " " }
                    <button type="button" onclick={on_undo}>{ "Undo" }</button>
                </p>
            }
            <div class="salary-band-grid">{ for fields }</div>
            <p>
                <button type="button" onclick={on_reset_all} disabled={!any_own}>
                    { "Reset every band to the guide's figures" }
                </button>
            </p>
        </section>
    }
}
