//! Any address the app does not know.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::intro::Intro;
use crate::routes::Route;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    html! {
        <Intro title="Page not found"
            how="This address does not match any screen in HireKit. If someone sent you a link, it may be cut short: ask them for the whole link.">
            <p><Link<Route> to={Route::Home}>{ "Go to the home page" }</Link<Route>></p>
        </Intro>
    }
}
