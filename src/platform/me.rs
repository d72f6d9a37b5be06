//! Who is interviewing on this device (item 2): one name, kept in this browser only, never in
//! the shared document or an export, so each interviewer's device remembers its own person.

use super::storage;

/// Removed with everything else by "Erase all data" (it starts with `hirekit:`).
pub const KEY: &str = "hirekit:me";

/// The name this device's interviewer last used, if any.
pub fn name() -> Option<String> {
    storage::read(KEY)
        .ok()
        .flatten()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
}

/// Remembers `name` for the next visit; a blank name forgets it. A failed write only means the
/// name is asked again next time.
pub fn remember(name: &str) {
    let name = name.trim();
    let _ = if name.is_empty() {
        storage::remove(KEY)
    } else {
        storage::write(KEY, name)
    };
}
