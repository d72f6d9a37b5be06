//! Moving all of a user's data in and out (feature P3): export to a file, and import it back with
//! a preview, as a merge or a replacement.
//!
//! An export is the stored document itself (`store::save`), so importing reads it with the same
//! loader, migrations and recovery as start-up. Merge rule: records are matched by id; a record
//! only in the file is added; for one in both, the one edited last (`updated_at`) wins; nothing
//! only in this browser is removed. Salary settings are taken from the file only when this
//! browser has none of its own.

use super::store::{self, Document, LoadProblem};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Kept from this browser because its copy is newer (merge) or removed (replace).
    pub kept_or_removed: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    Merge,
    Replace,
}

/// What an import would change, shown before anything happens.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub incoming: Document,
    pub problem: Option<LoadProblem>,
    pub specs: Counts,
    pub candidates: Counts,
    pub team_plans: Counts,
}

impl ImportPreview {
    /// One line per kind of record, in words.
    pub fn summary(&self, mode: ImportMode) -> Vec<String> {
        let line = |what: &str, c: &Counts| {
            match mode {
            ImportMode::Merge => format!(
                "{what}: {} new, {} updated, {} already the same, {} kept because this browser's copy is newer.",
                c.added, c.updated, c.unchanged, c.kept_or_removed
            ),
            ImportMode::Replace => format!(
                "{what}: {} from the file; {} now in this browser will be removed.",
                c.added + c.updated + c.unchanged,
                c.kept_or_removed
            ),
        }
        };
        let mut lines = vec![
            line("Role specs", &self.specs),
            line("Candidates", &self.candidates),
        ];
        // Team plans are only mentioned where there are some, on either side.
        if self.team_plans != Counts::default() {
            lines.push(line("Team plans", &self.team_plans));
        }
        lines
    }
}

/// Reads an export file's text. Refuses what cannot be read at all; a file that was partly
/// damaged still previews what could be read, with the problem attached.
pub fn preview(current: &Document, file_text: &str) -> Result<ImportPreview, String> {
    let loaded = store::load(Some(file_text));
    if let Some(problem @ (LoadProblem::Corrupt { .. } | LoadProblem::TooNew { .. })) =
        &loaded.problem
    {
        return Err(match problem {
            LoadProblem::TooNew { .. } => {
                "This file comes from a newer version of HireKit: update HireKit to import it."
                    .to_string()
            }
            _ => "This file is not a HireKit export, or it is damaged: nothing was imported."
                .to_string(),
        });
    }
    let incoming = loaded.document;
    Ok(ImportPreview {
        specs: count(&current.specs, &incoming.specs, |s| (&s.id, s.updated_at)),
        candidates: count(&current.candidates, &incoming.candidates, |c| {
            (&c.id, c.updated_at)
        }),
        team_plans: count(&current.team_plans, &incoming.team_plans, |p| {
            (&p.id, p.updated_at)
        }),
        incoming,
        problem: loaded.problem,
    })
}

fn count<T: PartialEq>(
    current: &[T],
    incoming: &[T],
    key: impl Fn(&T) -> (&String, u64),
) -> Counts {
    let mut counts = Counts::default();
    for record in incoming {
        let (id, at) = key(record);
        match current.iter().find(|c| key(c).0 == id) {
            None => counts.added += 1,
            Some(mine) if mine == record => counts.unchanged += 1,
            Some(mine) if key(mine).1 > at => counts.kept_or_removed += 1,
            Some(_) => counts.updated += 1,
        }
    }
    let only_here = current
        .iter()
        .filter(|c| !incoming.iter().any(|i| key(i).0 == key(c).0))
        .count();
    counts.kept_or_removed += only_here;
    counts
}

/// The document after the import.
pub fn apply(current: &Document, incoming: &Document, mode: ImportMode) -> Document {
    match mode {
        ImportMode::Replace => incoming.clone(),
        ImportMode::Merge => Document {
            schema_version: current.schema_version,
            specs: merge_records(&current.specs, &incoming.specs, |s| (&s.id, s.updated_at)),
            candidates: merge_records(&current.candidates, &incoming.candidates, |c| {
                (&c.id, c.updated_at)
            }),
            salary: if current.salary == Default::default() {
                incoming.salary.clone()
            } else {
                current.salary.clone()
            },
            team_plans: merge_records(&current.team_plans, &incoming.team_plans, |p| {
                (&p.id, p.updated_at)
            }),
            // A round only grows (cards in, opened, amendments): the further one is newer.
            rounds: merge_records(&current.rounds, &incoming.rounds, |r| {
                let steps =
                    r.received.len() + r.amendments.len() + usize::from(r.opening.is_some());
                (&r.id, steps as u64)
            }),
            accepted: merge_records(&current.accepted, &incoming.accepted, |a| {
                (&a.candidate_id, u64::from(a.sealed_return.is_some()))
            }),
            unknown: current.unknown.clone(),
        },
    }
}

fn merge_records<T: Clone>(
    current: &[T],
    incoming: &[T],
    key: impl Fn(&T) -> (&String, u64),
) -> Vec<T> {
    let mut merged: Vec<T> = current.to_vec();
    for record in incoming {
        let (id, at) = key(record);
        match merged.iter().position(|m| key(m).0 == id) {
            None => merged.push(record.clone()),
            Some(i) if key(&merged[i]).1 <= at => merged[i] = record.clone(),
            Some(_) => {}
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidate::Candidate;

    fn doc_with(names: &[(&str, u64)]) -> Document {
        Document {
            candidates: names
                .iter()
                .map(|(n, at)| Candidate::new(format!("id-{n}"), n.to_string(), *at))
                .collect(),
            ..Document::default()
        }
    }

    #[test]
    fn merge_adds_new_and_keeps_the_newer_copy() {
        let mine = doc_with(&[("ana", 10), ("ben", 50)]);
        let mut file = doc_with(&[("ana", 20), ("ben", 40), ("cleo", 5)]);
        file.candidates[0].years = 9;
        file.candidates[1].years = 1;
        let preview = preview(&mine, &store::save(&file)).unwrap();
        assert_eq!(
            preview.candidates,
            Counts {
                added: 1,
                updated: 1,
                unchanged: 0,
                kept_or_removed: 1
            }
        );
        let merged = apply(&mine, &preview.incoming, ImportMode::Merge);
        let years: Vec<_> = merged
            .candidates
            .iter()
            .map(|c| (c.name.as_str(), c.years))
            .collect();
        assert_eq!(years, vec![("ana", 9), ("ben", 5), ("cleo", 5)]);
    }

    #[test]
    fn importing_the_same_file_twice_changes_nothing_more() {
        let mine = doc_with(&[("ana", 10)]);
        let file = doc_with(&[("ben", 20)]);
        let once = apply(&mine, &file, ImportMode::Merge);
        let twice = apply(&once, &file, ImportMode::Merge);
        assert_eq!(once, twice);
    }

    #[test]
    fn replace_takes_the_file_exactly() {
        let mine = doc_with(&[("ana", 10)]);
        let file = doc_with(&[("ben", 20)]);
        assert_eq!(apply(&mine, &file, ImportMode::Replace), file);
        let summary = preview(&mine, &store::save(&file))
            .unwrap()
            .summary(ImportMode::Replace);
        assert!(
            summary[1].contains("1 now in this browser will be removed"),
            "{summary:?}"
        );
    }

    #[test]
    fn a_file_that_is_not_an_export_is_refused() {
        let mine = doc_with(&[("ana", 10)]);
        assert!(preview(&mine, "hello").is_err());
        assert!(preview(&mine, r#"{"schema_version": 999}"#)
            .unwrap_err()
            .contains("newer version"));
    }
}
