//! The figures of one band: bottom, top, whether pay goes above the top, and its source.

use yew::prelude::*;

use super::field::on_check;
use super::model::{level_key, market_index};
use crate::components::citation::{citation, CitationProps};
use crate::components::draft_field::DraftField;
use crate::engine::edit::SalaryEdit;
use crate::engine::input;
use crate::engine::region::Market;
use crate::engine::salary::{Band, BandOverride, Level};

#[derive(Properties, PartialEq)]
pub struct BandFieldsProps {
    pub band: Band,
    pub on_edit: Callback<SalaryEdit>,
    pub on_reset: Callback<Option<(Market, Level)>>,
}

/// Which figure of a band an edit changes.
#[derive(Clone, Copy)]
enum Edge {
    Bottom,
    Top,
}

#[function_component(BandFields)]
pub fn band_fields(props: &BandFieldsProps) -> Html {
    let band = props.band;
    let current = BandOverride::from_band(&band);
    // Saves an edited copy of the band, or says why it cannot be saved.
    let save = {
        let on_edit = props.on_edit.clone();
        move |band: BandOverride| -> Result<(), String> {
            let edit = SalaryEdit::SetBand { band };
            edit.check()?;
            on_edit.emit(edit);
            Ok(())
        }
    };
    let on_figure = |edge: Edge| {
        let save = save.clone();
        Callback::from(move |text: String| {
            let value = input::money(&text)?;
            save(match edge {
                Edge::Bottom => BandOverride {
                    min: value,
                    ..current
                },
                Edge::Top => BandOverride {
                    max: value,
                    ..current
                },
            })?;
            Ok(value.to_string())
        })
    };
    let on_open = {
        let save = save.clone();
        on_check(Callback::from(move |open: bool| {
            let _ = save(BandOverride { open, ..current });
        }))
    };
    let on_reset = props
        .on_reset
        .reform(move |_: MouseEvent| Some((band.market, band.level)));
    let id = format!(
        "band-{}-{}",
        market_index(band.market),
        level_key(band.level)
    );
    let label = band.label();
    html! {
        <fieldset class="salary-band-fields">
            <legend>{ label.clone() }</legend>
            <div class="field-row">
                <DraftField id={format!("{id}-min")} label="Bottom (USD)"
                    value={band.min.to_string()} on_input={on_figure(Edge::Bottom)} />
                <DraftField id={format!("{id}-max")} label="Top (USD)"
                    value={band.max.figure().to_string()} on_input={on_figure(Edge::Top)} />
            </div>
            <p class="salary-check">
                <input id={format!("{id}-open")} type="checkbox" checked={band.max.is_open()} onchange={on_open} />
                <label for={format!("{id}-open")}>{ "Open above the top: pay can go higher (shown as \u{201c}+\u{201d})" }</label>
            </p>
            { citation(&CitationProps { text: band.source.into(), ..Default::default() }) }
            if !band.is_default() {
                <button type="button" onclick={on_reset}>
                    { "Reset to the guide's figures" }
                    <span class="visually-hidden">{ format!(" ({label})") }</span>
                </button>
            }
        </fieldset>
    }
}
