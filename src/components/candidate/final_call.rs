//! The end of a scorecard, shared by the form and live mode: the overall call and "Submit".

use yew::prelude::*;

use crate::engine::candidate::Recommendation;
use crate::engine::edit::ScorecardEdit;

#[derive(PartialEq)]
pub struct FinalCallProps {
    pub recommendation: Option<Recommendation>,
    pub on_edit: Callback<ScorecardEdit>,
    /// Said under the choices: what submitting does here.
    pub note: AttrValue,
}

pub fn final_call(props: &FinalCallProps) -> Html {
    let calls = Recommendation::ALL.iter().map(|&rec| {
        let onchange = props
            .on_edit
            .reform(move |_: Event| ScorecardEdit::Recommend {
                recommendation: rec,
            });
        let checked = props.recommendation == Some(rec);
        html! {
            <label class="choice">
                <input type="radio" name="recommendation" {checked} {onchange} />{ rec.label() }
            </label>
        }
    });
    let submit = props.on_edit.reform(|_: MouseEvent| ScorecardEdit::Submit);
    html! {
        <>
            <fieldset class="field">
                <legend>{ "Your overall call" }</legend>
                <div class="choice-row">{ for calls }</div>
            </fieldset>
            <p class="help">{ props.note.clone() }</p>
            <div class="button-row">
                <button type="button" class="button--primary" onclick={submit}>{ "Submit scorecard" }</button>
            </div>
        </>
    }
}
