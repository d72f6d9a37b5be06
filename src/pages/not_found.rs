//! Any address the app does not know.

use yew::prelude::*;

use crate::components::intro::intro_with;
use crate::routes::{href, Route};

pub const TITLE: &str = "Page not found";
pub const HOW: &str = "This address does not match any screen in HireKit. If someone sent you a link, it may be cut short: ask them for the whole link.";

pub fn not_found_page() -> Html {
    html! {
        { intro_with(TITLE, HOW, html! { <p><a href={href(&Route::Home)}>{ "Go to the home page" }</a></p> }) }
    }
}
