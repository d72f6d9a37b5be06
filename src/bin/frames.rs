//! Build step: prints every screen's frame as JSON (`[[route pattern, html], …]`) for
//! `scripts/post_build.py` to write into index.html. Native only.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    let frames = hirekit::frames::render_all()?;
    let json = serde_json::to_string(&frames).map_err(std::io::Error::other)?;
    println!("{json}");
    Ok(())
}

/// The frames are drawn at build time, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
