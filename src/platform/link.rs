//! Absolute links into this app, built from wherever it is hosted (any host, any sub-path).

/// `https://host/sub/path/index.html#<route>` for the current page and a hash route like `/s/...`.
pub fn app_url(route: &str) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{route}")
}
