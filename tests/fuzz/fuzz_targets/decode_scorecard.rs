#![no_main]
// A scorecard link payload from another interviewer: typed error or a valid export, never a panic.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = hirekit::engine::link::scorecard::decode_scorecard(&text);
});
