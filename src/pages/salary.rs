//! Screen placeholder; the feature issue fills it in.

use yew::prelude::*;

use crate::components::intro::Intro;

#[function_component(SalaryPage)]
pub fn page() -> Html {
    html! {
        <Intro title="Salary and total cost"
            how="Pick a region and a level to see the salary band from the source guides, the total cost of employing someone, and the savings against a US hire. The calculator is coming." />
    }
}
