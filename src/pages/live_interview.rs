//! Screen placeholder; the feature issue fills it in.

use yew::prelude::*;

use crate::components::intro::Intro;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[function_component(LiveInterviewPage)]
pub fn page(_props: &Props) -> Html {
    html! {
        <Intro title="Live interview"
            how="Run the interview from the kit: tick each question, take notes and rate answers on the 1-4 scale. Live mode is coming." />
    }
}
