//! Presentational pieces: props in, `Callback`s out, no browser calls.

pub mod header;
pub mod intro;
pub mod kit;
pub mod notices;
pub mod undo_bar;
