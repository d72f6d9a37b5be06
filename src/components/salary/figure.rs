//! One figure on the salary screen: what it is, the amount (with the local currency beside it
//! when one is set), an optional line of explanation, and its publisher in small print.

use yew::prelude::*;

use crate::components::citation::{citation, CitationProps};

#[derive(Default, PartialEq)]
pub struct FigureProps {
    pub label: AttrValue,
    pub value: AttrValue,
    pub local: Option<String>,
    pub note: Option<String>,
    pub source: AttrValue,
}

pub fn figure(props: &FigureProps) -> Html {
    html! {
        <div class="salary-figure">
            <dt>{ props.label.clone() }</dt>
            <dd>
                <span class="salary-figure__value">{ props.value.clone() }</span>
                if let Some(local) = props.local.clone() {
                    <span class="salary-figure__local">{ local }</span>
                }
                if let Some(note) = props.note.clone() {
                    <span class="salary-figure__note">{ note }</span>
                }
                { citation(&CitationProps { text: props.source.clone().into(), block: false, ..Default::default() }) }
            </dd>
        </div>
    }
}
