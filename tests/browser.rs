//! The platform layer in a real browser (headless Chromium through wasm-bindgen-test):
//! localStorage round trips, recovery of damaged stored text, and how storage errors map.
#![cfg(target_arch = "wasm32")]

use hirekit::engine::role::RoleSpec;
use hirekit::engine::store::{Document, SavedSpec};
use hirekit::platform::storage::{self, StorageError, DOCUMENT_KEY};
use hirekit::state::{Notice, SaveStatus};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sample_document() -> Document {
    Document {
        specs: vec![SavedSpec {
            id: "spec-browser".into(),
            spec: RoleSpec::default(),
            updated_at: 1,
            kit: None,
        }],
        ..Document::default()
    }
}

fn clear() {
    for (key, _) in storage::hirekit_keys() {
        storage::remove(&key).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_value_written_reads_back() {
    clear();
    storage::write("hirekit:probe", "ñandú ✓").unwrap();
    assert_eq!(
        storage::read("hirekit:probe").unwrap().as_deref(),
        Some("ñandú ✓")
    );
    storage::remove("hirekit:probe").unwrap();
    assert_eq!(storage::read("hirekit:probe").unwrap(), None);
}

#[wasm_bindgen_test]
fn the_document_saves_and_loads_back_unchanged() {
    clear();
    let doc = sample_document();
    storage::save_document(&doc).unwrap();
    let startup = storage::load_document(5);
    assert_eq!(startup.document, doc);
    assert!(startup.notices.is_empty());
    assert_eq!(startup.save, SaveStatus::Saved);
}

#[wasm_bindgen_test]
fn damaged_text_is_kept_aside_before_anything_else() {
    clear();
    storage::write(DOCUMENT_KEY, "{\"schema_version\":1,\"specs\":[oops").unwrap();
    let startup = storage::load_document(42);
    assert!(startup.document.is_empty());
    match &startup.notices[..] {
        [Notice::StoreProblem {
            kept_key: Some(key),
            message,
        }] => {
            assert_eq!(key, "hirekit:kept:42");
            assert!(message.contains("could not be read"), "{message}");
        }
        other => panic!("expected one store problem, got {other:?}"),
    }
    assert_eq!(
        storage::read("hirekit:kept:42").unwrap().as_deref(),
        Some("{\"schema_version\":1,\"specs\":[oops")
    );
    clear();
}

fn dom_error(name: &str) -> JsValue {
    web_sys::DomException::new_with_message_and_name("refused", name)
        .unwrap()
        .into()
}

#[wasm_bindgen_test]
fn storage_errors_map_to_the_apps_error_type() {
    assert_eq!(
        storage::storage_error_from_js(&dom_error("QuotaExceededError")),
        StorageError::QuotaExceeded
    );
    assert_eq!(
        storage::storage_error_from_js(&dom_error("NS_ERROR_DOM_QUOTA_REACHED")),
        StorageError::QuotaExceeded
    );
    assert_eq!(
        storage::storage_error_from_js(&dom_error("SecurityError")),
        StorageError::Unavailable
    );
    assert!(matches!(
        storage::storage_error_from_js(&dom_error("DataError")),
        StorageError::Other(_)
    ));
    assert!(matches!(
        storage::storage_error_from_js(&JsValue::from_str("odd")),
        StorageError::Other(_)
    ));
}

#[wasm_bindgen_test]
fn a_full_quota_on_save_becomes_an_error_not_a_panic() {
    clear();
    // Make every setItem throw as a full disk does, then put the real one back.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|storage| js_sys::Reflect::get(&storage, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let throwing =
        js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError');");
    js_sys::Reflect::set(&proto, &"setItem".into(), &throwing).unwrap();
    let outcome = storage::save_document(&sample_document());
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();
    assert_eq!(outcome, Err(StorageError::QuotaExceeded));
    assert!(outcome.unwrap_err().to_string().contains("full"));
}
