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

use crate::engine::store::{self, Document, LoadProblem};
use crate::engine::sync::synced::Write;
pub use crate::engine::sync::synced::{OtherTab, Synced};
use crate::state::{Action, Notice, SaveStatus};

/// localStorage's limit per site: 5 MiB of UTF-16 text in Chromium, Firefox and Safari.
pub const LOCAL_STORAGE_CHARS: usize = 5 * 1024 * 1024;

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

/// Calls a `Storage` method through JavaScript, so the text stays a JS string: one that is not
/// valid UTF-16 (a lone surrogate) would be changed by a trip through a Rust string.
fn raw_call(
    storage: &web_sys::Storage,
    method: &str,
    args: &js_sys::Array,
) -> Result<JsValue, StorageError> {
    let function = js_sys::Reflect::get(storage, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(StorageError::Unavailable)?;
    js_sys::Reflect::apply(&function, storage, args).map_err(|e| storage_error_from_js(&e))
}

/// Copies a key's stored text to another key inside JavaScript, so it is kept exactly.
pub fn copy_raw(from: &str, to: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let get = |key: &str| raw_call(&storage, "getItem", &js_sys::Array::of1(&key.into()));
    let raw = get(from)?;
    if raw.is_null() {
        return Ok(());
    }
    raw_call(&storage, "setItem", &js_sys::Array::of2(&to.into(), &raw))?;
    if get(to)? == raw {
        Ok(())
    } else {
        Err(StorageError::Other(
            "the copy differs from the original".into(),
        ))
    }
}

/// What "erase everything" took out of storage, held exactly so Undo can put it back, and the
/// keys it could not remove.
pub struct Erased {
    removed: Vec<(String, JsValue)>,
    pub failed: Vec<String>,
}

/// Removes every HireKit key (the document, kept copies of damaged data, device settings).
pub fn erase_all() -> Erased {
    let mut erased = Erased {
        removed: Vec::new(),
        failed: Vec::new(),
    };
    let Ok(storage) = local_storage() else {
        erased.failed.push(StorageError::Unavailable.to_string());
        return erased;
    };
    for (key, _) in hirekit_keys() {
        let raw = raw_call(
            &storage,
            "getItem",
            &js_sys::Array::of1(&key.as_str().into()),
        );
        match (raw, remove(&key)) {
            (Ok(raw), Ok(())) => erased.removed.push((key, raw)),
            (_, Err(err)) => erased.failed.push(format!("{key} ({err})")),
            (Err(err), Ok(())) => erased
                .failed
                .push(format!("{key} could not be read first ({err})")),
        }
    }
    erased
}

impl Erased {
    /// Puts back every key erased except the document, which the app writes itself on undo.
    /// Returns the keys that could not be put back.
    pub fn restore(&self) -> Vec<String> {
        let Ok(storage) = local_storage() else {
            return vec![StorageError::Unavailable.to_string()];
        };
        self.removed
            .iter()
            .filter(|(key, _)| key != DOCUMENT_KEY)
            .filter_map(|(key, raw)| {
                let args = js_sys::Array::of2(&key.as_str().into(), raw);
                raw_call(&storage, "setItem", &args)
                    .err()
                    .map(|err| format!("{key} ({err})"))
            })
            .collect()
    }
}

/// Saves the newest document through the cross-tab lock (see `lock`), reporting each outcome
/// as an action. Inside the lock: while paused, try again to keep aside what holds saving back
/// (space may have been freed), and stop if that still fails; read storage; merge another tab's
/// write first (`report` gets `StorageChanged`, which the caller applies at once); keep
/// unreadable foreign text aside byte for byte; then write `current()` (read after the merge),
/// stamped.
pub fn save(
    synced: Rc<RefCell<Synced>>,
    current: impl Fn() -> Document + 'static,
    paused: impl Fn() -> bool + 'static,
    report: impl Fn(Action) + 'static,
) {
    super::lock::with_document_lock(move || {
        if paused() {
            match keep_aside_blocking(&synced, &report) {
                Ok(kept_key) => report(Action::SaveResumed { kept_key }),
                Err(_) => return,
            }
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
        let document = current();
        report(match write_stamped(&mut synced.borrow_mut(), &document) {
            Ok(()) => Action::SaveSucceeded,
            Err(err) => failed(&err),
        });
    });
}

/// Keeps aside the stored text that paused saving, if it is still unreadable: the kept key, or
/// `None` when nothing unreadable is left (another tab replaced it; the merge takes it in).
fn keep_aside_blocking(
    synced: &Rc<RefCell<Synced>>,
    report: &impl Fn(Action),
) -> Result<Option<String>, StorageError> {
    let stored = read(DOCUMENT_KEY)?;
    let loaded = store::load(stored.as_deref());
    let Some(problem) = &loaded.problem else {
        return Ok(None);
    };
    let kept_key = format!("{KEPT_PREFIX}{}", super::clock::now_ms());
    copy_raw(DOCUMENT_KEY, &kept_key)?;
    // Kept once is enough: what follows must not copy it again.
    if stored != synced.borrow().text {
        if matches!(
            problem,
            LoadProblem::Corrupt { .. } | LoadProblem::TooNew { .. }
        ) {
            synced.borrow_mut().overwritable(stored);
        } else {
            let other = synced.borrow_mut().absorb_loaded(stored, loaded);
            report(Action::StorageChanged {
                base: Box::new(other.base),
                theirs: Box::new(other.theirs),
            });
        }
    }
    Ok(Some(kept_key))
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
            synced.borrow_mut().overwritable(stored);
            return Ok(());
        }
    }
    let other = synced.borrow_mut().absorb_loaded(stored, loaded);
    report(Action::StorageChanged {
        base: Box::new(other.base),
        theirs: Box::new(other.theirs),
    });
    Ok(())
}

/// Writes `document` unless storage already holds it, stamped with a new save id.
fn write_stamped(synced: &mut Synced, document: &Document) -> Result<(), StorageError> {
    let planned = synced.write_for(document, super::clock::new_id("w"));
    match &planned {
        Write::Nothing => return Ok(()),
        Write::Remove => remove(DOCUMENT_KEY)?,
        Write::Text { text, .. } => write(DOCUMENT_KEY, text)?,
    }
    synced.wrote(document, planned);
    Ok(())
}

/// Calls `written` with the new text each time another tab writes the document; the listener
/// stops when the returned value is dropped.
pub fn on_document_written_elsewhere(
    written: impl Fn(Option<String>) + 'static,
) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if event.key().as_deref() == Some(DOCUMENT_KEY) {
            written(event.new_value());
        }
    })
}

/// Takes in text a `storage` event brought from another tab, if it is news to this tab.
pub fn absorb(synced: &mut Synced, stored: Option<String>) -> Option<OtherTab> {
    synced.absorb_event(stored)
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
