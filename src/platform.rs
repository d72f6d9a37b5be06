//! The only code that touches the browser: storage, the clock and ids, files, the clipboard,
//! the page address, and the round keys that seal and open panel scorecards (SubtleCrypto,
//! IndexedDB). Everything else receives what these return as plain values.

pub mod clipboard;
pub mod clock;
pub mod crypto;
pub mod dom;
pub mod download;
pub mod file;
pub mod hash_guard;
pub mod key_store;
pub mod keys;
pub mod link;
pub mod lock;
pub mod me;
pub mod number;
pub mod offline;
pub mod paint;
pub mod persist;
pub mod print;
pub mod screen;
pub mod storage;
