#![no_main]
// A spec link payload from anywhere: must decode to a valid spec or a typed error, never panic.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(spec) = hirekit::engine::link::spec::decode_spec(&text) {
        assert!(hirekit::engine::spec_rules::validate(&spec).is_ok());
    }
});
