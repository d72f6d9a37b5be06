//! The document in localStorage: one namespaced key, loaded once, saved after each change.
//!
//! Stored text that cannot be read as it is gets copied to a separate "kept" key before anything
//! else happens, so the next save cannot destroy it. If even that copy fails, saving is paused.

use std::fmt;

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::engine::store::{self, Document};
use crate::state::{Notice, SaveStatus};

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

pub fn save_document(document: &Document) -> Result<(), StorageError> {
    write(DOCUMENT_KEY, &store::save(document))
}

/// What this tab last wrote to, or read from, storage: the common base when another tab writes.
pub struct Synced {
    pub document: Document,
    pub text: Option<String>,
}

/// Another tab's save, to merge: the common base and what storage holds now.
pub struct OtherTab {
    pub base: Document,
    pub theirs: Document,
}

pub enum SaveOutcome {
    Saved,
    /// Storage changed under this tab: merge first (`Action::StorageChanged`), then save again.
    OtherTabWrote(Box<OtherTab>),
    Failed(StorageError),
}

/// Saves `document` unless another tab wrote since this tab last synced. An empty document
/// removes the key, so "erase everything" leaves storage empty.
pub fn save_or_merge(synced: &mut Synced, document: &Document) -> SaveOutcome {
    let stored = match read(DOCUMENT_KEY) {
        Ok(stored) => stored,
        Err(err) => return SaveOutcome::Failed(err),
    };
    if let Some(other) = absorb(synced, stored) {
        return SaveOutcome::OtherTabWrote(Box::new(other));
    }
    let outcome = if *document == Document::default() {
        remove(DOCUMENT_KEY).map(|()| None)
    } else {
        let text = store::save(document);
        write(DOCUMENT_KEY, &text).map(|()| Some(text))
    };
    match outcome {
        Ok(text) => {
            *synced = Synced {
                document: document.clone(),
                text,
            };
            SaveOutcome::Saved
        }
        Err(err) => SaveOutcome::Failed(err),
    }
}

/// Takes in text another tab stored, if it is new to this tab and readable.
pub fn absorb(synced: &mut Synced, stored: Option<String>) -> Option<OtherTab> {
    if stored == synced.text {
        return None;
    }
    let loaded = store::load(stored.as_deref());
    if loaded.problem.is_some() {
        // Not ours to repair: the other tab reported it; this tab keeps its own work.
        return None;
    }
    let base = std::mem::replace(&mut synced.document, loaded.document.clone());
    synced.text = stored;
    Some(OtherTab {
        base,
        theirs: loaded.document,
    })
}

/// What the app starts with: a document, banners to show, and whether saving may proceed.
pub struct Startup {
    pub document: Document,
    /// The stored text as read: the base for merging other tabs' writes.
    pub text: Option<String>,
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
    let (Some(problem), Some(raw)) = (loaded.problem, raw.clone()) else {
        return Startup {
            document: loaded.document,
            text: raw,
            notices: Vec::new(),
            save: SaveStatus::Saved,
        };
    };
    let kept_key = format!("{KEPT_PREFIX}{now}");
    match write(&kept_key, &raw) {
        Ok(()) => Startup {
            document: loaded.document,
            text: Some(raw),
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
                notices: vec![Notice::StoreProblem {
                    message: message.clone(),
                    kept_key: None,
                }],
                save: SaveStatus::Paused { message },
            }
        }
    }
}
