//! The page address: absolute links into this app, built from wherever it is hosted (any host,
//! any sub-path), and the hash route now, its changes and going to another.

/// `https://host/sub/path/index.html#<route>` for the current page and a hash route like `/s/...`.
pub fn app_url(route: &str) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{route}")
}

/// The hash route of the current address (`/salary` for `…#/salary`), `/` when there is none.
pub fn route_path() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    match hash.strip_prefix('#') {
        Some(path) if !path.is_empty() => path.to_string(),
        _ => "/".to_string(),
    }
}

/// Calls `changed` with the new hash route each time the address's hash changes (links, the
/// back button, typing in the address bar). Dropping the listener stops it.
pub fn on_route_change(changed: impl Fn(String) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        changed(route_path())
    })
}

/// Goes to a hash route, as following a link to it would (a new history entry).
pub fn go_to(path: &str) {
    let _ = gloo::utils::window().location().set_hash(path);
}
