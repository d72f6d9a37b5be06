//! Screen placeholder; the feature issue fills it in.

use yew::prelude::*;

use crate::components::intro::Intro;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[function_component(CandidatePage)]
pub fn page(_props: &Props) -> Html {
    html! {
        <Intro title="Candidate"
            how="Scorecards, the live interview checklist and the weighted result for one candidate are coming." />
    }
}
