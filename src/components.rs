//! Presentational pieces: props in, `Callback`s out, no browser calls.

pub mod candidate;
pub mod citation;
pub mod data;
pub mod draft_field;
pub mod header;
pub mod intro;
pub mod kit;
pub mod notices;
pub mod salary;
pub mod spec;
pub mod undo_bar;
