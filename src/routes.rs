//! Hash routes, so any static host (and any sub-path) serves every screen from index.html.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/specs")]
    Specs,
    #[at("/specs/:id")]
    Spec { id: String },
    #[at("/s/:payload")]
    SharedSpec { payload: String },
    #[at("/kit")]
    Kit,
    #[at("/kit/:spec_id")]
    SpecKit { spec_id: String },
    #[at("/candidates")]
    Candidates,
    #[at("/candidates/:id")]
    Candidate { id: String },
    #[at("/candidates/:id/live")]
    LiveInterview { id: String },
    #[at("/sc/:payload")]
    ScorecardLink { payload: String },
    #[at("/salary")]
    Salary,
    #[at("/data")]
    Data,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The top-level section a route belongs to, for the navigation's current-page marker.
    pub fn section(&self) -> Route {
        match self {
            Route::Spec { .. } | Route::SharedSpec { .. } => Route::Specs,
            Route::SpecKit { .. } => Route::Kit,
            Route::Candidate { .. } | Route::LiveInterview { .. } | Route::ScorecardLink { .. } => {
                Route::Candidates
            }
            other => other.clone(),
        }
    }
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Specs => html! { <pages::specs::SpecsPage /> },
        Route::Spec { id } => html! { <pages::spec_builder::SpecBuilderPage {id} /> },
        Route::SharedSpec { payload } => html! { <pages::shared_spec::SharedSpecPage {payload} /> },
        Route::Kit => html! { <pages::kit::KitPage spec_id={None::<String>} /> },
        Route::SpecKit { spec_id } => html! { <pages::kit::KitPage spec_id={Some(spec_id)} /> },
        Route::Candidates => html! { <pages::candidates::CandidatesPage /> },
        Route::Candidate { id } => html! { <pages::candidate::CandidatePage {id} /> },
        Route::LiveInterview { id } => html! { <pages::live_interview::LiveInterviewPage {id} /> },
        Route::ScorecardLink { payload } => {
            html! { <pages::scorecard_import::ScorecardImportPage {payload} /> }
        }
        Route::Salary => html! { <pages::salary::SalaryPage /> },
        Route::Data => html! { <pages::data::DataPage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    }
}
