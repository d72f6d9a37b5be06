//! Screen placeholder; the feature issue fills it in.

use yew::prelude::*;

use crate::components::intro::Intro;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub payload: String,
}

#[function_component(SharedSpecPage)]
pub fn page(_props: &Props) -> Html {
    html! {
        <Intro title="Shared role spec"
            how="Someone sent you a role spec as a link. You will see it read-only here, with a button to save your own copy; the link holds the spec only. Opening shared links is coming." />
    }
}
