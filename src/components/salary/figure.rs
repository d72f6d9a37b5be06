//! One figure on the salary screen: what it is, the amount (with the local currency beside it
//! when one is set), an optional line of explanation, and its publisher in small print.

use yew::prelude::*;

use crate::components::citation::Citation;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub local: Option<AttrValue>,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    pub source: AttrValue,
}

#[function_component(Figure)]
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
                <Citation text={props.source.clone()} block={false} />
            </dd>
        </div>
    }
}
