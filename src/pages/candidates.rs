//! Screen placeholder; the feature issue fills it in.

use yew::prelude::*;

use crate::components::intro::Intro;

#[function_component(CandidatesPage)]
pub fn page() -> Html {
    html! {
        <Intro title="Candidates"
            how="Add the people you are interviewing, collect a scorecard from each interviewer, and compare them against the role spec. Candidates and scorecards are coming." />
    }
}
