//! Own data (C5): edit any band's figures. Edits save as you type; a reset brings back the
//! guide's figures, with an undo in case it was a slip.

use yew::prelude::*;

use super::band_fields::BandFields;
use super::model::{level_key, market_index};
use crate::engine::edit::SalaryEdit;
use crate::engine::region::Market;
use crate::engine::salary::{Band, BandOverride, Level, SalarySettings};

#[derive(Properties, PartialEq)]
pub struct BandEditorProps {
    pub bands: Vec<Band>,
    pub settings: SalarySettings,
    pub on_edit: Callback<SalaryEdit>,
}

/// What a reset replaced, so one click can bring it back.
#[derive(Clone, PartialEq)]
struct Undo {
    text: String,
    before: Vec<BandOverride>,
}

#[function_component(BandEditor)]
pub fn band_editor(props: &BandEditorProps) -> Html {
    let undo = use_state(|| None::<Undo>);
    // Resets one band (`Some`) or all of them (`None`), keeping the figures for undo.
    let reset = {
        let (undo, before, on_edit) = (
            undo.clone(),
            props.settings.overrides.clone(),
            props.on_edit.clone(),
        );
        Callback::from(move |which: Option<(Market, Level)>| {
            let (edit, text) = match which {
                Some((market, level)) => (
                    SalaryEdit::ResetBand { market, level },
                    format!(
                        "{}, {} is back to the guide's figures.",
                        market.label(),
                        level.label()
                    ),
                ),
                None => (
                    SalaryEdit::ResetAllBands,
                    "Every band is back to the guide's figures.".to_string(),
                ),
            };
            undo.set(Some(Undo {
                text,
                before: before.clone(),
            }));
            on_edit.emit(edit);
        })
    };
    let on_undo = {
        let (undo, on_edit) = (undo.clone(), props.on_edit.clone());
        Callback::from(move |_: MouseEvent| {
            // Only the band figures go back: today's on-costs and currency stay.
            if let Some(Undo { before, .. }) = (*undo).clone() {
                on_edit.emit(SalaryEdit::RestoreBands { overrides: before });
            }
            undo.set(None);
        })
    };
    let any_own = !props.settings.overrides.is_empty();
    let fields = props.bands.iter().map(|band| {
        let key = format!("{}-{}", market_index(band.market), level_key(band.level));
        html! {
            <BandFields {key} band={*band} on_edit={props.on_edit.clone()} on_reset={reset.clone()} />
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
