//! Budget B4: share-link lengths for every preset and for the largest valid spec.
//!
//! `cargo run --example link_lengths` prints a Markdown table. For each spec: our payload length,
//! the length of the same spec as JSON (serde_json) compressed with lz-string's
//! `compressToEncodedURIComponent`, their ratio, and whether the budgets hold:
//! a typical spec <= 400 characters, any valid spec <= 2,000, and <= 0.4x the lz-string length.

use hirekit::engine::link::spec::encode_spec;
use hirekit::engine::presets::presets;
use hirekit::engine::role::RoleSpec;
use hirekit::engine::spec_rules::largest_valid_spec;

fn mark(ok: bool) -> &'static str {
    if ok {
        "yes"
    } else {
        "NO"
    }
}

fn row(name: &str, spec: &RoleSpec, typical: bool) {
    let payload = encode_spec(spec).len();
    let json = serde_json::to_string(spec).unwrap_or_default();
    let lz = lz_str::compress_to_encoded_uri_component(json.as_str()).len();
    let ratio = payload as f64 / lz.max(1) as f64;
    let short = if typical { mark(payload <= 400) } else { "n/a" };
    println!(
        "| {name} | {payload} | {lz} | {ratio:.2} | {short} | {} | {} |",
        mark(payload <= 2000),
        mark(ratio <= 0.4)
    );
}

fn main() {
    println!(
        "| spec | payload chars | lz-string JSON chars | ratio | <= 400 | <= 2,000 | <= 0.4x |"
    );
    println!("|---|---:|---:|---:|:-:|:-:|:-:|");
    for preset in presets() {
        row(preset.id, &preset.spec, true);
    }
    row("largest valid spec", &largest_valid_spec(), false);
}
