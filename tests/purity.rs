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

/// Files under `folders` (and the single `files`) that name any of `words`.
fn offences(folders: &[&str], files: &[&str], words: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for folder in folders {
        rust_files(&root.join(folder), &mut found);
    }
    found.extend(files.iter().map(|f| root.join(f)));
    assert!(found.len() > 5, "expected source files, found {found:?}");
    let mut offences = Vec::new();
    for file in &found {
        let text = fs::read_to_string(file).expect("source file is readable");
        for word in words {
            if names(&text, word) {
                offences.push(format!("{} names {word}", file.display()));
            }
        }
    }
    offences
}

#[test]
fn engine_and_state_name_no_browser_crate() {
    let offences = offences(&["engine"], &["state.rs"], &FORBIDDEN);
    assert!(
        offences.is_empty(),
        "pure code names browser crates:\n{}",
        offences.join("\n")
    );
}

/// Components render props and send callbacks; what they need from the browser (a control's
/// value, focus) comes through `platform/`, so the browser's API has one door.
#[test]
fn components_and_the_root_reach_the_browser_only_through_platform() {
    let offences = offences(
        &["components", "app"],
        &["app.rs"],
        &["web_sys", "js_sys", "gloo", "wasm_bindgen"],
    );
    assert!(
        offences.is_empty(),
        "components name browser crates:\n{}",
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
