//! The frames index.html paints before the wasm runs (`hirekit::frames`): every route has one,
//! drawn natively by Yew's server renderer without a browser, with hash links only, the
//! screen's own heading, and nothing that claims to know the user's saved work.

#![cfg(not(target_arch = "wasm32"))]

use hirekit::frames::{example_path, intro, render_all, STARTING};
use hirekit::routes::Route;

fn frames() -> Vec<(&'static str, String)> {
    render_all().expect("the frames render natively")
}

#[test]
fn every_route_has_a_frame_with_the_header_and_main() {
    let frames = frames();
    assert_eq!(
        frames
            .iter()
            .map(|(pattern, _)| *pattern)
            .collect::<Vec<_>>(),
        Route::PATTERNS
    );
    for (pattern, html) in &frames {
        assert!(
            html.contains("<header class=\"site-header"),
            "{pattern}: {html}"
        );
        assert!(html.contains("<main id=\"main\""), "{pattern}");
        assert!(html.contains(STARTING), "{pattern}");
    }
}

#[test]
fn a_frame_shows_its_screens_heading_and_marks_its_section() {
    for (pattern, html) in frames() {
        let route = Route::recognize(&example_path(pattern));
        match intro(&route) {
            Some((title, _)) => assert!(html.contains(&format!("<h1>{title}</h1>")), "{pattern}"),
            None => assert!(
                !html.contains("<h1"),
                "{pattern}: no heading it cannot know"
            ),
        }
    }
    let frames = frames();
    let salary = &frames
        .iter()
        .find(|(p, _)| *p == "/salary")
        .expect("a salary frame")
        .1;
    assert!(salary.contains("<h1>Salary and total cost</h1>"));
    assert!(salary.contains("aria-current=\"page\">Salary<"), "{salary}");
    let shared = &frames
        .iter()
        .find(|(p, _)| *p == "/s/:payload")
        .expect("a shared-spec frame")
        .1;
    assert!(shared.contains("<h1>Shared role spec</h1>"));
    assert!(
        shared.contains("aria-current=\"page\">Role specs<"),
        "{shared}"
    );
}

#[test]
fn frame_links_are_hash_routes_that_work_before_the_wasm() {
    for (pattern, html) in frames() {
        let mut links = 0;
        for (at, _) in html.match_indices("href=\"") {
            let target = &html[at + 6..];
            assert!(
                target.starts_with("#/"),
                "{pattern}: {}",
                &target[..20.min(target.len())]
            );
            links += 1;
        }
        assert!(links >= 7, "{pattern}: the brand and every section");
    }
}

#[test]
fn frames_say_nothing_about_saved_work() {
    for (pattern, html) in frames() {
        for claim in [
            "Nothing here yet",
            "No role specs",
            "No candidates",
            "Not saved",
        ] {
            assert!(!html.contains(claim), "{pattern} says {claim:?}");
        }
        assert!(
            !html.contains("<button"),
            "{pattern}: no control that cannot work yet"
        );
        assert!(
            !html.contains("<!--"),
            "{pattern}: plain markup, no hydration marks"
        );
    }
}

#[test]
fn example_paths_fill_every_parameter() {
    assert_eq!(example_path("/candidates/:id/live"), "/candidates/x/live");
    assert_eq!(example_path("/"), "/");
    assert_eq!(example_path("/salary"), "/salary");
}
