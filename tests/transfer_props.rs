//! Own your data (P3): export, then erase, then import gives back exactly the same data, for any
//! document; importing the same file twice changes nothing more.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::presets::presets;
use hirekit::engine::sample::synthetic_pool;
use hirekit::engine::store::{self, Document, SavedSpec};
use hirekit::engine::transfer::{self, ImportMode};
use proptest::prelude::*;

/// A document with some presets (retitled with arbitrary text) and scored candidates.
fn document(titles: Vec<String>, names: Vec<String>, seed: u64) -> Document {
    let all = presets();
    let specs: Vec<SavedSpec> = titles
        .into_iter()
        .enumerate()
        .map(|(i, title)| {
            let mut spec = all[i % all.len()].spec.clone();
            spec.title = title;
            SavedSpec {
                id: format!("spec-{i}"),
                spec,
                updated_at: seed.wrapping_add(i as u64),
                kit: None,
            }
        })
        .collect();
    let base = all[0].spec.clone();
    let mut candidates = synthetic_pool(&base, names.len(), 2, seed);
    for (candidate, name) in candidates.iter_mut().zip(names) {
        candidate.name = name;
        candidate.spec_id = specs.first().map(|s| s.id.clone());
    }
    Document {
        specs,
        candidates,
        ..Document::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn export_erase_import_is_the_identity(
        titles in proptest::collection::vec("\\PC{1,40}", 0..4),
        names in proptest::collection::vec("\\PC{0,30}", 0..6),
        seed in any::<u64>(),
        replace in any::<bool>(),
    ) {
        let doc = document(titles, names, seed);
        let exported = store::save(&doc);
        let erased = Document::default();
        let preview = transfer::preview(&erased, &exported).expect("an export always reads back");
        prop_assert!(preview.problem.is_none());
        let mode = if replace { ImportMode::Replace } else { ImportMode::Merge };
        let imported = transfer::apply(&erased, &preview.incoming, mode);
        prop_assert_eq!(&imported, &doc);
        let again = transfer::apply(&imported, &preview.incoming, ImportMode::Merge);
        prop_assert_eq!(again, imported);
    }
}
