//! The document in localStorage: one namespaced key, loaded once, saved after each change.
//!
//! Stored text that cannot be read as it is, at start or written by another tab, gets copied
//! byte for byte to a separate "kept" key before anything is written over it, so no save can
//! destroy it. If even that copy fails, saving is paused. Saves run inside the cross-tab lock.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::engine::store::{self, Document, LoadProblem, Stamp};
use crate::state::{Action, Notice, SaveStatus};

/// Where the document lives.
pub const DOCUMENT_KEY: &str = "hirekit:document";
/// Prefix of keys holding stored text that could not be read (a timestamp follows).
pub const KEPT_PREFIX: &str = "hirekit:kept:";

/// Why a storage call failed, in terms the app can explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's storage quota for this site is full.
    QuotaExceeded,
    /// Storage is switched off (private mode, site settings) or missing.
    Unavailable,
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::QuotaExceeded => f.write_str(
                "The browser's storage for this site is full, so your latest changes are not saved. \
                 They are safe while this tab stays open: export your data from Your data, then free some space.",
            ),
            StorageError::Unavailable => f.write_str(
                "This browser does not let HireKit save (storage is switched off). \
                 Your work stays in this tab until you close it: export it from Your data to keep it.",
            ),
            StorageError::Other(detail) => write!(
                f,
                "Saving failed ({detail}). Your work stays in this tab: export it from Your data to keep it."
            ),
        }
    }
}

/// Maps what a failed `setItem` threw to the app's error. Browsers name a full quota
/// differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED; old WebKit: code 22).
pub fn storage_error_from_js(error: &JsValue) -> StorageError {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        let name = dom.name();
        return match name.as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
            "SecurityError" | "InvalidAccessError" => StorageError::Unavailable,
            _ if dom.code() == 22 || dom.code() == 1014 => StorageError::QuotaExceeded,
            _ => StorageError::Other(format!("{name}: {}", dom.message())),
        };
    }
    if let Some(err) = error.dyn_ref::<js_sys::Error>() {
        let name = String::from(err.name());
        if name.contains("Quota") || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            return StorageError::QuotaExceeded;
        }
        return StorageError::Other(format!("{name}: {}", String::from(err.message())));
    }
    StorageError::Other(error.as_string().unwrap_or_else(|| "unknown error".into()))
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    // gloo's raw() unwraps; ask the window ourselves so a blocked storage becomes an error.
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(storage))) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|e| storage_error_from_js(&e))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, value)
        .map_err(|e| storage_error_from_js(&e))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(key)
        .map_err(|e| storage_error_from_js(&e))
}

/// Every HireKit key currently stored, with its text length.
pub fn hirekit_keys() -> Vec<(String, usize)> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with("hirekit:"))
        .map(|k| {
            let len = LocalStorage::raw()
                .get_item(&k)
                .ok()
                .flatten()
                .map_or(0, |v| v.len());
            (k, len)
        })
        .collect()
}

/// Characters (UTF-16 units, as browsers count the limit) this site holds, keys included.
pub fn used_chars() -> usize {
    let Ok(storage) = local_storage() else {
        return 0;
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum()
}

pub fn save_document(document: &Document) -> Result<(), StorageError> {
    write(DOCUMENT_KEY, &store::save(document))
}

/// Copies a key's stored text to another key inside JavaScript, so text that is not valid
/// UTF-16 (a lone surrogate) is kept exactly: Rust strings would replace such characters.
pub fn copy_raw(from: &str, to: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let call = |method: &str, args: &js_sys::Array| -> Result<JsValue, StorageError> {
        let function = js_sys::Reflect::get(&storage, &JsValue::from_str(method))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or(StorageError::Unavailable)?;
        js_sys::Reflect::apply(&function, &storage, args).map_err(|e| storage_error_from_js(&e))
    };
    let raw = call("getItem", &js_sys::Array::of1(&JsValue::from_str(from)))?;
    if raw.is_null() {
        return Ok(());
    }
    call("setItem", &js_sys::Array::of2(&JsValue::from_str(to), &raw))?;
    let copy = call("getItem", &js_sys::Array::of1(&JsValue::from_str(to)))?;
    if copy == raw {
        Ok(())
    } else {
        Err(StorageError::Other(
            "the copy differs from the original".into(),
        ))
    }
}

/// How many of this tab's recent saves (and reads) to remember as possible merge bases.
const RECENT_WRITES: usize = 8;

/// What this tab last wrote to, or read from, storage: the common base when another tab writes.
pub struct Synced {
    pub document: Document,
    pub text: Option<String>,
    /// The stamp id of that stored text.
    pub stamp: Option<String>,
    /// Documents of recent stamps: another tab's write names the one it started from.
    recent: Vec<(String, Document)>,
}

impl Synced {
    pub fn new(document: Document, text: Option<String>, stamp: Option<String>) -> Synced {
        let mut synced = Synced {
            document,
            text,
            stamp: None,
            recent: Vec::new(),
        };
        synced.remember(stamp);
        synced
    }

    fn remember(&mut self, stamp: Option<String>) {
        if let Some(id) = &stamp {
            self.recent.push((id.clone(), self.document.clone()));
            if self.recent.len() > RECENT_WRITES {
                self.recent.remove(0);
            }
        }
        self.stamp = stamp;
    }

    /// The base another tab's write started from: the save it names, if this tab saw it.
    fn base_for(&self, after: Option<&str>) -> Document {
        after
            .filter(|after| Some(*after) != self.stamp.as_deref())
            .and_then(|after| self.recent.iter().rev().find(|(id, _)| id == after))
            .map_or_else(|| self.document.clone(), |(_, doc)| doc.clone())
    }
}

/// Another tab's save, to merge: the common base and what storage holds now.
pub struct OtherTab {
    pub base: Document,
    pub theirs: Document,
}

/// Saves the newest document through the cross-tab lock (see `lock`), reporting each outcome
/// as an action. Inside the lock: read storage; merge another tab's write first (`report` gets
/// `StorageChanged`, which the caller applies at once); keep unreadable foreign text aside byte
/// for byte; then write `current()` (read after the merge), stamped. `current` gives `None`
/// while saving is paused.
pub fn save(
    synced: Rc<RefCell<Synced>>,
    current: impl Fn() -> Option<Document> + 'static,
    report: impl Fn(Action) + 'static,
) {
    super::lock::with_document_lock(move || {
        if current().is_none() {
            return;
        }
        let stored = match read(DOCUMENT_KEY) {
            Ok(stored) => stored,
            Err(err) => return report(failed(&err)),
        };
        if stored != synced.borrow().text {
            if let Err(message) = take_in(&synced, stored, &report) {
                return report(Action::SavePaused { message });
            }
        }
        let Some(document) = current() else {
            return;
        };
        report(match write_stamped(&mut synced.borrow_mut(), &document) {
            Ok(()) => Action::SaveSucceeded,
            Err(err) => failed(&err),
        });
    });
}

fn failed(err: &StorageError) -> Action {
    Action::SaveFailed {
        message: err.to_string(),
    }
}

/// Takes in what another tab stored: merged when readable, kept aside when not. `Err` says why
/// saving must pause: the foreign text could not be kept.
fn take_in(
    synced: &Rc<RefCell<Synced>>,
    stored: Option<String>,
    report: &impl Fn(Action),
) -> Result<(), String> {
    let loaded = store::load(stored.as_deref());
    if let Some(problem) = &loaded.problem {
        let kept_key = format!("{KEPT_PREFIX}{}", super::clock::now_ms());
        if let Err(err) = copy_raw(DOCUMENT_KEY, &kept_key) {
            return Err(format!(
                "Another tab stored data this tab cannot use as it is ({problem}), and it could not be copied aside ({err}). \
                 Saving is paused so it is not overwritten: export your work from Your data."
            ));
        }
        report(Action::Notify {
            notice: Notice::StoreProblem {
                message: format!(
                    "Another tab (perhaps a newer HireKit) stored data this tab cannot use as it is: {problem} \
                     That data was kept aside exactly as it was, and this tab's work is saved."
                ),
                kept_key: Some(kept_key),
            },
        });
        if matches!(
            problem,
            LoadProblem::Corrupt { .. } | LoadProblem::TooNew { .. }
        ) {
            // Nothing to merge: this tab's document is written over the kept text.
            synced.borrow_mut().text = stored;
            return Ok(());
        }
    }
    let other = absorb_loaded(&mut synced.borrow_mut(), stored, loaded);
    report(Action::StorageChanged {
        base: Box::new(other.base),
        theirs: Box::new(other.theirs),
    });
    Ok(())
}

/// Writes `document` unless storage already holds it. An empty document removes the key, so
/// "erase everything" leaves storage empty.
fn write_stamped(synced: &mut Synced, document: &Document) -> Result<(), StorageError> {
    if *document == synced.document && synced.text.is_some() {
        return Ok(());
    }
    if *document == Document::default() {
        remove(DOCUMENT_KEY)?;
        synced.document = document.clone();
        synced.text = None;
        synced.remember(None);
        return Ok(());
    }
    let stamp = Stamp {
        id: super::clock::new_id("w"),
        after: synced.stamp.clone(),
    };
    let text = store::save_stamped(document, &stamp);
    write(DOCUMENT_KEY, &text)?;
    synced.document = document.clone();
    synced.text = Some(text);
    synced.remember(Some(stamp.id));
    Ok(())
}

/// Takes in text another tab stored, if it is new to this tab and readable.
pub fn absorb(synced: &mut Synced, stored: Option<String>) -> Option<OtherTab> {
    if stored == synced.text {
        return None;
    }
    let loaded = store::load(stored.as_deref());
    if loaded.problem.is_some() {
        // Not merged here: the next save keeps it aside before writing (see `save`).
        return None;
    }
    Some(absorb_loaded(synced, stored, loaded))
}

fn absorb_loaded(synced: &mut Synced, stored: Option<String>, loaded: store::Loaded) -> OtherTab {
    let after = loaded.stamp.as_ref().and_then(|s| s.after.as_deref());
    let base = synced.base_for(after);
    synced.document = loaded.document.clone();
    synced.text = stored;
    synced.remember(loaded.stamp.map(|s| s.id));
    OtherTab {
        base,
        theirs: loaded.document,
    }
}

/// What the app starts with: a document, banners to show, and whether saving may proceed.
pub struct Startup {
    pub document: Document,
    /// The stored text as read: the base for merging other tabs' writes.
    pub text: Option<String>,
    /// The stamp id of that text.
    pub stamp: Option<String>,
    pub notices: Vec<Notice>,
    pub save: SaveStatus,
}

/// Loads the document once at start. Never panics; every problem becomes a banner.
pub fn load_document(now: u64) -> Startup {
    let raw = match read(DOCUMENT_KEY) {
        Ok(raw) => raw,
        Err(err) => {
            return Startup {
                document: Document::default(),
                text: None,
                stamp: None,
                notices: vec![Notice::Info {
                    message: err.to_string(),
                }],
                save: SaveStatus::Failed {
                    message: err.to_string(),
                },
            }
        }
    };
    let loaded = store::load(raw.as_deref());
    let stamp = loaded.stamp.map(|s| s.id);
    let (Some(problem), Some(raw)) = (loaded.problem, raw.clone()) else {
        return Startup {
            document: loaded.document,
            text: raw,
            stamp,
            notices: Vec::new(),
            save: SaveStatus::Saved,
        };
    };
    let kept_key = format!("{KEPT_PREFIX}{now}");
    match copy_raw(DOCUMENT_KEY, &kept_key) {
        Ok(()) => Startup {
            document: loaded.document,
            text: Some(raw),
            stamp,
            notices: vec![Notice::StoreProblem {
                message: problem.to_string(),
                kept_key: Some(kept_key),
            }],
            save: SaveStatus::Saved,
        },
        Err(err) => {
            let message = format!(
                "{problem} The old data could not be copied aside ({err}), so saving is paused to protect it. \
                 Download it from Your data first."
            );
            Startup {
                document: loaded.document,
                text: Some(raw),
                stamp,
                notices: vec![Notice::StoreProblem {
                    message: message.clone(),
                    kept_key: None,
                }],
                save: SaveStatus::Paused { message },
            }
        }
    }
}
