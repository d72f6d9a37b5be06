#![no_main]
// Stored or imported text: always yields a usable document (plus what went wrong), never panics.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let loaded = hirekit::engine::store::load(Some(&text));
    assert_eq!(loaded.document.schema_version, hirekit::engine::store::SCHEMA_VERSION);
});
