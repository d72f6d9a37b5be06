//! Screen placeholder; the feature issue fills it in.

use yew::prelude::*;

use crate::components::intro::Intro;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub spec_id: Option<String>,
}

#[function_component(KitPage)]
pub fn page(_props: &Props) -> Html {
    html! {
        <Intro title="Interview kit"
            how="Pick a role spec and HireKit assembles a structured interview from its question bank, in proportion to what the role weights most, within the time you have. The question bank and kits are coming." />
    }
}
