//! The header: product name, navigation to every tool, and the quiet save state.

use yew::prelude::*;

use crate::routes::{href, use_route, Route};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    NotSaved,
    Paused,
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub status: SaveState,
}

const SECTIONS: [(Route, &str); 6] = [
    (Route::Home, "Home"),
    (Route::Specs, "Role specs"),
    (Route::Kit, "Interview kit"),
    (Route::Candidates, "Candidates"),
    (Route::Salary, "Salary"),
    (Route::Data, "Your data"),
];

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let current = use_route().section();
    let (status_class, status_text) = match props.status {
        SaveState::Saved => ("save-state", "Saved"),
        SaveState::NotSaved => ("save-state save-state--failed", "⚠ Not saved"),
        SaveState::Paused => ("save-state save-state--failed", "⚠ Saving paused"),
    };
    let links = SECTIONS.iter().map(|(route, label)| {
        let here = current == *route;
        let aria_current = here.then_some("page");
        html! {
            <li><a href={href(route)}>
                <span aria-current={aria_current}>{ *label }</span>
            </a></li>
        }
    });
    html! {
        <header class="site-header no-print">
            <a href={href(&Route::Home)} class="brand">{ "HireKit" }</a>
            <nav aria-label="Tools"><ul>{ for links }</ul></nav>
            <span class={status_class} role="status">{ status_text }</span>
        </header>
    }
}
