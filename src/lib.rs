//! HireKit: a private hiring toolkit for backend developer roles, running entirely in the browser.
//!
//! Dependency rule: `engine` and `state` are pure Rust (std, serde and small pure crates). They
//! never name the browser crates (see `tests/purity.rs` for the list); time and randomness come
//! in as arguments. Only `platform` touches the browser. Components render props and send
//! callbacks; pages read the state and dispatch actions.

pub mod app;
pub mod components;
pub mod engine;
pub mod frames;
pub mod pages;
pub mod platform;
pub mod routes;
pub mod state;
