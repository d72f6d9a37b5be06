//! The only code that touches the browser: storage, the clock and ids, files, the clipboard and
//! the page address. Everything else receives what these return as plain values.

pub mod clipboard;
pub mod clock;
pub mod dom;
pub mod download;
pub mod file;
pub mod keys;
pub mod link;
pub mod number;
pub mod offline;
pub mod persist;
pub mod print;
pub mod storage;
