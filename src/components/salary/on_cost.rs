//! The on-cost for the place picked: editable, with its documented default, source and note,
//! and a way back to that default.

use yew::prelude::*;

use super::model::{parse_number, percent_text, Place};
use crate::components::citation::{citation, CitationProps};
use crate::components::draft_field::DraftField;
use crate::engine::edit::SalaryEdit;
use crate::engine::salary::{OnCostError, SalarySettings};

#[derive(Properties, PartialEq)]
pub struct OnCostFieldProps {
    pub place: Place,
    pub settings: SalarySettings,
    pub on_edit: Callback<SalaryEdit>,
}

#[function_component(OnCostField)]
pub fn on_cost_field(props: &OnCostFieldProps) -> Html {
    let area = props.place.area();
    let in_use = props.place.on_cost(&props.settings.on_cost_percent);
    let default = props.place.default_on_cost();
    let user_set = props
        .settings
        .on_cost_percent
        .entries
        .iter()
        .any(|e| e.area == area);
    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |text: String| {
            let percent =
                parse_number(&text).ok_or_else(|| OnCostError::OutOfRange.message().to_string())?;
            let edit = SalaryEdit::SetOnCost { area, percent };
            edit.check()?;
            on_edit.emit(edit);
            // Stored as basis points, rounded half up (see `engine::salary::cost`).
            Ok(percent_text((percent * 100.0 + 0.5).floor() as u32))
        })
    };
    let on_reset = props
        .on_edit
        .reform(move |_: MouseEvent| SalaryEdit::ResetOnCost { area });
    let label = format!("On-cost for {} (% of salary)", props.place.label());
    let help = format!(
        "Taxes, social security and benefits an employer pays on top of salary. Default {}%: {}",
        percent_text(default.basis_points),
        default.note
    );
    let reset_label = format!("Use the default, {}%", percent_text(default.basis_points));
    html! {
        <div class="salary-on-cost">
            <DraftField id="salary-on-cost" {label} help={help} inputmode="decimal"
                value={percent_text(in_use.basis_points)} {on_input} />
            { citation(&CitationProps { lead: "Default's source: ".into(), text: default.source.into(), ..Default::default() }) }
            if user_set {
                <p class="salary-on-cost__own">
                    <span class="muted">{ "You changed this figure. " }</span>
                    <button type="button" onclick={on_reset}>{ reset_label }</button>
                </p>
            }
        </div>
    }
}
