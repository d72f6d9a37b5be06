//! The dependency rule (see src/lib.rs): the engine and the state are pure Rust. This test fails
//! if any of their files names a browser or UI crate, so the rule cannot erode unnoticed.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whole-word matches only, so a word like "gloomy" in a comment does not trip the check.
fn names(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !is_ident(before) && !is_ident(after)
    })
}

#[test]
fn engine_and_state_name_no_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root.join("engine"), &mut files);
    files.push(root.join("state.rs"));
    assert!(
        files.len() > 5,
        "expected the engine's files, found {files:?}"
    );
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("source file is readable");
        for word in FORBIDDEN {
            if names(&text, word) {
                offences.push(format!("{} names {word}", file.display()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "pure code names browser crates:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_check_itself_catches_a_violation() {
    assert!(names("use web_sys::Window;", "web_sys"));
    assert!(names("yew::html!", "yew"));
    assert!(!names("the gloomy yewtree", "gloo"));
    assert!(!names("the gloomy yewtree", "yew"));
}
