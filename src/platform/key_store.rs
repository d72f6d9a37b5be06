//! Where the hiring manager's round keys live: IndexedDB database `hirekit-keys`, object store
//! `round-keys`, one record per round id holding the private `CryptoKey` (structured-cloned by
//! the browser; localStorage can only hold text) and the raw public key.
//!
//! How the key is kept, and what clearing browser data does:
//! - The private key is non-extractable: it is stored as the browser's own key object, never as
//!   bytes, so no export, file or script can copy it out. It is bound to this browser profile on
//!   this device; "Export everything" does not and cannot carry it.
//! - Clearing this site's data (or all browsing data, or a private window closing) deletes it.
//!   Cards already opened stay, as plain data in the document; returns still sealed for that
//!   round can no longer be opened by anyone. The fix is a new round: new invitations, and each
//!   interviewer re-sends from the card kept on their own device, sealed to the new key.
//! - Erasing all data forgets every round's key at once (`forget`). A deleted candidate can be
//!   brought back until the tab closes, so their key goes at the next start instead
//!   (`forget_all_but`: keys of rounds no longer in the document, made over ten minutes ago so a
//!   round another tab is creating right now is left alone).

use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

use super::crypto::{CryptoError, RoundKey};
use crate::engine::link::sealed_return::RoundPublicKey;

pub const DATABASE: &str = "hirekit-keys";
pub const STORE: &str = "round-keys";
const VERSION: u32 = 1;

fn failed(e: JsValue) -> CryptoError {
    let text = e
        .dyn_ref::<web_sys::DomException>()
        .map(|d| format!("{}: {}", d.name(), d.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "IndexedDB error".to_string());
    CryptoError::KeyStore(text)
}

/// Resolves with the request's result once it succeeds, rejects with its error.
fn settled(request: &IdbRequest) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let bad = request.clone();
        let on_error = Closure::once_into_js(move |_: JsValue| {
            let error = bad.error().ok().flatten().map_or(JsValue::NULL, Into::into);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    })
}

async fn open() -> Result<IdbDatabase, CryptoError> {
    let factory = web_sys::window()
        .ok_or_else(|| CryptoError::KeyStore("no window".into()))?
        .indexed_db()
        .map_err(failed)?
        .ok_or_else(|| CryptoError::KeyStore("IndexedDB is switched off".into()))?;
    let request = factory.open_with_u32(DATABASE, VERSION).map_err(failed)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move |_: JsValue| {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = JsFuture::from(settled(&request)).await.map_err(failed)?;
    Ok(db.unchecked_into())
}

/// Runs one request on the store and waits for the transaction to commit.
async fn in_store(
    mode: IdbTransactionMode,
    act: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, CryptoError> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(failed)?;
    let done = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_abort = Closure::once_into_js(move |e: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    let store = tx.object_store(STORE).map_err(failed)?;
    let value = JsFuture::from(settled(&act(&store).map_err(failed)?))
        .await
        .map_err(failed)?;
    JsFuture::from(done).await.map_err(failed)?;
    db.close();
    Ok(value)
}

pub(super) async fn save(key: &RoundKey) -> Result<(), CryptoError> {
    let record = Object::new();
    let public = Uint8Array::from(&key.public.as_bytes()[..]);
    let _ = Reflect::set(&record, &"private".into(), &key.private);
    let _ = Reflect::set(&record, &"public".into(), &public);
    let _ = Reflect::set(&record, &"created".into(), &js_sys::Date::now().into());
    let id = JsValue::from_str(&key.round_id);
    in_store(IdbTransactionMode::Readwrite, |store| {
        store.put_with_key(&record, &id)
    })
    .await
    .map(|_| ())
}

pub(super) async fn load(round_id: &str) -> Result<Option<RoundKey>, CryptoError> {
    let id = JsValue::from_str(round_id);
    let record = in_store(IdbTransactionMode::Readonly, |store| store.get(&id)).await?;
    if record.is_undefined() || record.is_null() {
        return Ok(None);
    }
    let field = |name: &str| Reflect::get(&record, &name.into()).map_err(failed);
    let private = field("private")?;
    let public = RoundPublicKey::from_bytes(&Uint8Array::new(&field("public")?).to_vec());
    match (private.dyn_into::<web_sys::CryptoKey>(), public) {
        (Ok(private), Some(public)) => Ok(Some(RoundKey {
            round_id: round_id.to_string(),
            public,
            private,
        })),
        _ => Err(CryptoError::KeyStore("a stored key is damaged".into())),
    }
}

/// Deletes the round's key pair (after its candidate is erased). Missing keys are fine.
pub async fn forget(round_id: &str) -> Result<(), CryptoError> {
    let id = JsValue::from_str(round_id);
    in_store(IdbTransactionMode::Readwrite, |store| store.delete(&id))
        .await
        .map(|_| ())
}

/// Keys older than this, for rounds the document no longer holds, are forgotten at start.
const ORPHAN_AGE_MS: f64 = 10.0 * 60.0 * 1000.0;

/// Forgets every stored round key except `keep` (the document's rounds), sparing new ones.
pub async fn forget_all_but(keep: &[String]) -> Result<(), CryptoError> {
    let ids = in_store(IdbTransactionMode::Readonly, |store| store.get_all_keys()).await?;
    let now = js_sys::Date::now();
    for id in js_sys::Array::from(&ids)
        .iter()
        .filter_map(|id| id.as_string())
    {
        if keep.contains(&id) {
            continue;
        }
        let key = JsValue::from_str(&id);
        let record = in_store(IdbTransactionMode::Readonly, |store| store.get(&key)).await?;
        let created = Reflect::get(&record, &"created".into())
            .ok()
            .and_then(|c| c.as_f64())
            .unwrap_or(0.0);
        if now - created > ORPHAN_AGE_MS {
            forget(&id).await?;
        }
    }
    Ok(())
}
