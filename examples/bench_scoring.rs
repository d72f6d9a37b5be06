//! Budget B3: rank 10,000 candidates, each with 4 scorecards over every competency.
//!
//! Run with `cargo run --release --example bench_scoring`. The pool comes from
//! `engine::sample::synthetic_pool` (fixed seed), so the browser bench measures the same work.
//! Prints the median and best time of several runs; the budget is 50 ms in the browser.

use std::hint::black_box;
use std::time::Instant;

use hirekit::engine::role::RoleSpec;
use hirekit::engine::sample::synthetic_pool;
use hirekit::engine::scoring::rank;

const CANDIDATES: usize = 10_000;
const CARDS_EACH: usize = 4;
const RUNS: usize = 9;

fn main() {
    let mut spec = RoleSpec::default();
    // Two gates, as a realistic spec has: some candidates get blocked.
    for r in spec.competencies.iter_mut().take(5).skip(3) {
        r.must_have = true;
    }
    let pool = synthetic_pool(&spec, CANDIDATES, CARDS_EACH, 42);

    let mut times = Vec::with_capacity(RUNS);
    let mut top = String::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let ranked = black_box(rank(&spec, black_box(&pool)));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        top = ranked.first().map_or_else(String::new, |r| {
            format!("{} ({})", r.candidate.name, r.verdict.label())
        });
    }
    times.sort_by(f64::total_cmp);
    println!(
        "rank {CANDIDATES} candidates x {CARDS_EACH} scorecards x 14 competencies, {RUNS} runs: \
         median {:.1} ms, best {:.1} ms (top: {top})",
        times[RUNS / 2],
        times[0]
    );
}
