//! Hash routes, so any static host (and any sub-path) serves every screen from index.html.

use yew::prelude::*;

use crate::pages;

mod link;
mod path;
pub use link::{href, navigate, use_address, use_route};

#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Home,
    Specs,
    Spec { id: String },
    SharedSpec { payload: String },
    Kit,
    SpecKit { spec_id: String },
    Candidates,
    Candidate { id: String },
    LiveInterview { id: String },
    ScorecardLink { payload: String },
    Invitation { payload: String },
    SealedReturn { payload: String },
    Salary,
    Data,
    Sources,
    Source { id: String },
    NotFound,
}

impl Route {
    /// The top-level section a route belongs to, for the navigation's current-page marker.
    pub fn section(&self) -> Route {
        match self {
            Route::Spec { .. } | Route::SharedSpec { .. } => Route::Specs,
            Route::Source { .. } => Route::Sources,
            Route::SpecKit { .. } => Route::Kit,
            Route::Candidate { .. }
            | Route::LiveInterview { .. }
            | Route::ScorecardLink { .. }
            | Route::Invitation { .. }
            | Route::SealedReturn { .. } => Route::Candidates,
            other => other.clone(),
        }
    }
}

impl Route {
    /// The browser tab's title for this screen.
    pub fn title(&self) -> String {
        let screen = match self {
            Route::Home => return "HireKit: a private hiring toolkit".to_string(),
            Route::Specs => "Role specs",
            Route::Spec { .. } => "Role spec builder",
            Route::SharedSpec { .. } => "Shared role spec",
            Route::Kit => "Interview kit: question bank",
            Route::SpecKit { .. } => "Interview kit",
            Route::Candidates => "Candidates",
            Route::Candidate { .. } => "Candidate",
            Route::LiveInterview { .. } => "Live interview",
            Route::ScorecardLink { .. } => "Import a scorecard",
            Route::Invitation { .. } => "Interview invitation",
            Route::SealedReturn { .. } => "Sealed scorecard",
            Route::Salary => "Salary and total cost",
            Route::Data => "Your data",
            Route::Sources | Route::Source { .. } => "Sources",
            Route::NotFound => "Page not found",
        };
        format!("{screen} · HireKit")
    }

    /// Where focus goes after navigating here: the opened source entry, else the heading.
    pub fn focus_target(&self) -> String {
        match self {
            Route::Source { id } => format!("#source-{}", css_ident(id)),
            _ => "main h1".to_string(),
        }
    }
}

/// An id from the address, kept to the characters our ids use so it is a safe CSS selector.
fn css_ident(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Specs => html! { <pages::specs::SpecsPage /> },
        Route::Spec { id } => html! { <pages::spec_builder::SpecBuilderPage {id} /> },
        Route::SharedSpec { payload } => html! { <pages::shared_spec::SharedSpecPage {payload} /> },
        Route::Kit => pages::kit::page(None),
        Route::SpecKit { spec_id } => pages::kit::page(Some(spec_id)),
        Route::Candidates => html! { <pages::candidates::CandidatesPage /> },
        Route::Candidate { id } => html! { <pages::candidate::CandidatePage {id} /> },
        Route::LiveInterview { id } => html! { <pages::live_interview::LiveInterviewPage {id} /> },
        Route::ScorecardLink { payload } => pages::scorecard_import::page(&payload),
        Route::Invitation { payload } => pages::invite::page(&payload),
        Route::SealedReturn { payload } => {
            html! { <pages::sealed_import::SealedImportPage {payload} /> }
        }
        Route::Salary => html! { <pages::salary::SalaryPage /> },
        Route::Data => html! { <pages::data::DataPage /> },
        Route::Sources => pages::sources::sources_page(None),
        Route::Source { id } => pages::sources::sources_page(Some(&id)),
        Route::NotFound => pages::not_found::not_found_page(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_its_own_tab_title() {
        let routes = [
            Route::Home,
            Route::Specs,
            Route::Spec { id: "a".into() },
            Route::SharedSpec {
                payload: "p".into(),
            },
            Route::Kit,
            Route::SpecKit {
                spec_id: "a".into(),
            },
            Route::Candidates,
            Route::Candidate { id: "c".into() },
            Route::LiveInterview { id: "c".into() },
            Route::ScorecardLink {
                payload: "p".into(),
            },
            Route::Invitation {
                payload: "p".into(),
            },
            Route::SealedReturn {
                payload: "p".into(),
            },
            Route::Salary,
            Route::Data,
            Route::Sources,
            Route::NotFound,
        ];
        let titles: Vec<String> = routes.iter().map(Route::title).collect();
        for (i, t) in titles.iter().enumerate() {
            assert!(t.contains("HireKit"), "{t}");
            assert!(!titles[..i].contains(t), "{t} twice");
        }
        assert_eq!(Route::Salary.title(), "Salary and total cost · HireKit");
    }

    #[test]
    fn a_source_address_focuses_its_entry_and_cannot_inject_a_selector() {
        assert_eq!(
            Route::Source { id: "idb".into() }.focus_target(),
            "#source-idb"
        );
        assert_eq!(
            Route::Source {
                id: "x\"], body *".into()
            }
            .focus_target(),
            "#source-xbody"
        );
        assert_eq!(Route::Data.focus_target(), "main h1");
    }
}
