//! HireKit: a private hiring toolkit for backend developer roles, running entirely in the browser.
//!
//! Dependency rule: `engine` and `state` are pure Rust (std, serde and small pure crates). They
//! never name yew, web_sys, js_sys, gloo or wasm_bindgen; time and randomness come in as
//! arguments. Only `platform` touches the browser. Components render state and send actions.
//! `tests/purity.rs` enforces the rule.

pub mod engine;
