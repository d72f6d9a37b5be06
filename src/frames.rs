//! The frame of each screen: what index.html paints before the wasm runs. It is the header, the
//! screen's heading and its "how this works", drawn by the same components the app uses.
//!
//! Yew's server renderer draws one frame per route at build time (`src/bin/frames.rs`, run by
//! `scripts/post_build.py`); a small inline script in index.html shows the one that matches the
//! opened hash. A frame sees no saved document and no browser, so it claims nothing about saved
//! work: the app replaces it, in one step, once it has rendered the same screen with the user's
//! data (`platform::paint`).

use yew::prelude::*;

use crate::components;
use crate::components::header::{Header, SaveState};
use crate::pages;
use crate::routes::Route;

/// The line under the heading until the app has started.
pub const STARTING: &str = "Getting this screen ready in your browser…";

/// A screen's heading and "how this works", when they do not depend on saved work.
pub fn intro(route: &Route) -> Option<(&'static str, &'static str)> {
    use pages::*;
    match route {
        Route::Home => Some((home::TITLE, home::HOW)),
        Route::Specs => Some((specs::TITLE, specs::HOW)),
        Route::Spec { .. } => Some((spec_builder::TITLE, spec_builder::HOW)),
        Route::SharedSpec { .. } => Some((shared_spec::TITLE, shared_spec::HOW)),
        Route::Kit => Some((kit::TITLE, kit::HOW)),
        Route::Candidates => Some((candidates::TITLE, candidates::HOW)),
        Route::ScorecardLink { .. } => Some((scorecard_import::TITLE, scorecard_import::HOW)),
        Route::Invitation { .. } => Some((invite::TITLE, invite::HOW)),
        Route::SealedReturn { .. } => Some((sealed_import::TITLE, sealed_import::HOW)),
        Route::Salary => Some((salary::TITLE, salary::HOW)),
        Route::Data => Some((data::TITLE, data::HOW)),
        Route::NotFound => Some((not_found::TITLE, not_found::HOW)),
        Route::Sources | Route::Source { .. } => Some((sources::TITLE, sources::HOW)),
        // Their headings name a saved spec or candidate: the frame shows the header only.
        Route::SpecKit { .. } | Route::Candidate { .. } | Route::LiveInterview { .. } => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    /// A path this frame is drawn for, such as `/salary` or `/s/x`.
    pub path: AttrValue,
}

#[function_component(Frame)]
pub fn frame(props: &FrameProps) -> Html {
    let route = Route::recognize(&props.path);
    let intro = intro(&route).map(|(title, how)| components::intro::intro(title, how));
    html! {
        <ContextProvider<Route> context={route.clone()}>
            <Header status={SaveState::Saved} />
            <main id="main" tabindex="-1">
                { for intro }
                <p class="muted frame-note">{ STARTING }</p>
            </main>
        </ContextProvider<Route>>
    }
}

/// A path that a route pattern matches: every `:name` segment becomes `x`.
pub fn example_path(pattern: &str) -> String {
    pattern
        .split('/')
        .map(|segment| {
            if segment.starts_with(':') {
                "x"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Every route pattern with its frame's HTML, in the order the routes are declared.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_all() -> std::io::Result<Vec<(&'static str, String)>> {
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let frames = Route::PATTERNS
        .into_iter()
        .map(|pattern| {
            let props = FrameProps {
                path: example_path(pattern).into(),
            };
            let render = yew::LocalServerRenderer::<Frame>::with_props(props)
                .hydratable(false)
                .render();
            (pattern, runtime.block_on(render))
        })
        .collect();
    Ok(frames)
}
