//! B3 in the browser: rank 10,000 candidates, each with 4 scorecards over every competency.
//! Run by `scripts/bench` (not part of the test run): it prints timings and asserts nothing about
//! speed. The native figure comes from `examples/bench_scoring.rs` on the same data.
#![cfg(target_arch = "wasm32")]

use hirekit::engine::competency::Competency;
use hirekit::engine::role::RoleSpec;
use hirekit::engine::sample::synthetic_pool;
use hirekit::engine::scoring::rank;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[wasm_bindgen_test]
fn rank_ten_thousand_candidates() {
    let mut spec = RoleSpec::default();
    for req in &mut spec.competencies {
        req.must_have = matches!(req.competency, Competency::Caching | Competency::Security);
    }
    let pool = synthetic_pool(&spec, 10_000, 4, 42);
    let mut times = Vec::new();
    for _ in 0..9 {
        let start = now();
        let ranked = rank(&spec, &pool);
        times.push(now() - start);
        assert_eq!(ranked.len(), 10_000);
    }
    times.sort_by(f64::total_cmp);
    console_log!(
        "B3 wasm: median {:.1} ms, best {:.1} ms over 9 runs",
        times[4],
        times[0]
    );
}
