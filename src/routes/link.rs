//! Following the address: the route now (a context the app provides), links to other screens
//! and going to one from code. Links are plain `<a href="#/…">`, so the browser's own
//! navigation, new-tab clicks and the back button all work without a click handler.

use yew::prelude::*;

use super::Route;
use crate::platform::link;

/// The route the page shows now.
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::NotFound)
}

/// The route of the current address, and a new one on every change of the hash.
#[hook]
pub fn use_address() -> Route {
    let route = use_state(|| Route::recognize(&link::route_path()));
    {
        let route = route.setter();
        use_effect_with((), move |_| {
            let listener = link::on_route_change(move |path| route.set(Route::recognize(&path)));
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// Goes to `route`, as following a link would.
pub fn navigate(route: &Route) {
    link::go_to(&route.to_path());
}

/// The `href` of a link to `route`: a plain `<a>` with it is a link like any other (new tab,
/// copy address), and the hash change it makes is what the app follows.
pub fn href(route: &Route) -> String {
    format!("#{}", route.to_path())
}
