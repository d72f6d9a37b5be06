//! Application state and the actions that change it. Pure: no browser, no clock, no randomness
//! (ids and timestamps arrive inside actions), so every change is testable natively.
//!
//! `AppState::apply` is the one place the document changes. Each change bumps `revision`, which
//! the root component watches to save the document from one place.

use crate::engine::candidate::{Candidate, RecordId};
use crate::engine::kit::Kit;
use crate::engine::role::RoleSpec;
use crate::engine::salary::SalarySettings;
use crate::engine::store::{Document, SavedSpec};
use crate::engine::sync;

/// Whether the latest change reached browser storage.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum SaveStatus {
    #[default]
    Saved,
    /// The last write failed (full quota, storage disabled): the work is only in memory.
    Failed { message: String },
    /// Saving is held back because it would overwrite data that could not be kept aside.
    Paused { message: String },
}

/// A message shown in a banner until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Stored data could not be read as it was; `kept_key` names where the raw text was kept.
    StoreProblem {
        message: String,
        kept_key: Option<String>,
    },
    Info {
        message: String,
    },
}

/// Something deleted that one click can bring back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    Spec {
        position: usize,
        saved: Box<SavedSpec>,
    },
    Candidate {
        position: usize,
        candidate: Box<Candidate>,
    },
}

impl Undo {
    pub fn describe(&self) -> String {
        match self {
            Undo::Spec { saved, .. } => {
                format!("Deleted role spec “{}”.", saved.spec.display_title())
            }
            Undo::Candidate { candidate, .. } => format!("Deleted candidate “{}”.", candidate.name),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub doc: Document,
    /// Bumped on every document change; saving keys on it.
    pub revision: u64,
    pub save: SaveStatus,
    pub notices: Vec<Notice>,
    pub undo: Option<Undo>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    CreateSpec {
        id: RecordId,
        now: u64,
        spec: RoleSpec,
    },
    UpdateSpec {
        id: RecordId,
        now: u64,
        spec: RoleSpec,
    },
    DeleteSpec {
        id: RecordId,
    },
    /// Saves (or clears) the interview kit kept with a spec.
    SetKit {
        spec_id: RecordId,
        now: u64,
        kit: Option<Kit>,
    },
    CreateCandidate {
        candidate: Candidate,
    },
    UpdateCandidate {
        candidate: Candidate,
    },
    DeleteCandidate {
        id: RecordId,
    },
    UndoDelete,
    SetSalarySettings {
        settings: SalarySettings,
    },
    /// Replaces the whole document (import, or another tab's newer save).
    ReplaceDocument {
        doc: Document,
    },
    /// Another tab saved: merge its document (`theirs`) with this tab's, from their common `base`.
    StorageChanged {
        base: Document,
        theirs: Document,
    },
    /// Everything erased: an empty document, nothing to undo.
    EraseAll,
    SaveSucceeded,
    SaveFailed {
        message: String,
    },
    /// Saving must hold back: it would overwrite data that could not be kept aside.
    SavePaused {
        message: String,
    },
    /// A banner from the platform layer (another tab's unreadable data was kept aside).
    Notify {
        notice: Notice,
    },
    DismissNotice {
        index: usize,
    },
}

impl AppState {
    /// Starts from what loading produced, with any load problem shown as a banner.
    pub fn new(doc: Document, notices: Vec<Notice>, save: SaveStatus) -> AppState {
        AppState {
            doc,
            revision: 0,
            save,
            notices,
            undo: None,
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SaveSucceeded => {
                if !matches!(self.save, SaveStatus::Paused { .. }) {
                    self.save = SaveStatus::Saved;
                }
            }
            Action::SaveFailed { message } => self.save = SaveStatus::Failed { message },
            Action::SavePaused { message } => self.save = SaveStatus::Paused { message },
            Action::Notify { notice } => self.notices.push(notice),
            Action::DismissNotice { index } => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Action::StorageChanged { base, theirs } => {
                let outcome = sync::three_way(&base, &self.doc, &theirs);
                self.notices.extend(
                    outcome
                        .conflicts
                        .into_iter()
                        .map(|message| Notice::Info { message }),
                );
                // Only what storage does not hold yet needs writing back.
                if outcome.document != theirs {
                    self.revision += 1;
                }
                self.doc = outcome.document;
            }
            other => {
                if self.change_document(other) {
                    self.revision += 1;
                }
            }
        }
    }

    /// Applies a document change; false when nothing changed (e.g. an unknown id).
    fn change_document(&mut self, action: Action) -> bool {
        let doc = &mut self.doc;
        match action {
            Action::CreateSpec { id, now, spec } => {
                doc.specs.push(SavedSpec {
                    id,
                    spec,
                    updated_at: now,
                    kit: None,
                });
            }
            Action::UpdateSpec { id, now, spec } => {
                let Some(saved) = doc.specs.iter_mut().find(|s| s.id == id) else {
                    return false;
                };
                if saved.spec == spec {
                    return false;
                }
                saved.spec = spec;
                saved.updated_at = now;
            }
            Action::DeleteSpec { id } => {
                let Some(position) = doc.specs.iter().position(|s| s.id == id) else {
                    return false;
                };
                let saved = Box::new(doc.specs.remove(position));
                self.undo = Some(Undo::Spec { position, saved });
            }
            Action::SetKit { spec_id, now, kit } => {
                let Some(saved) = doc.specs.iter_mut().find(|s| s.id == spec_id) else {
                    return false;
                };
                if saved.kit == kit {
                    return false;
                }
                saved.kit = kit;
                saved.updated_at = now;
            }
            Action::SetSalarySettings { settings } => {
                if doc.salary == settings {
                    return false;
                }
                doc.salary = settings;
            }
            Action::CreateCandidate { candidate } => doc.candidates.push(candidate),
            Action::UpdateCandidate { candidate } => {
                let Some(slot) = doc.candidates.iter_mut().find(|c| c.id == candidate.id) else {
                    return false;
                };
                if *slot == candidate {
                    return false;
                }
                *slot = candidate;
            }
            Action::DeleteCandidate { id } => {
                let Some(position) = doc.candidates.iter().position(|c| c.id == id) else {
                    return false;
                };
                let candidate = Box::new(doc.candidates.remove(position));
                self.undo = Some(Undo::Candidate {
                    position,
                    candidate,
                });
            }
            Action::UndoDelete => match self.undo.take() {
                Some(Undo::Spec { position, saved }) => {
                    let at = position.min(doc.specs.len());
                    doc.specs.insert(at, *saved);
                }
                Some(Undo::Candidate {
                    position,
                    candidate,
                }) => {
                    let at = position.min(doc.candidates.len());
                    doc.candidates.insert(at, *candidate);
                }
                None => return false,
            },
            Action::ReplaceDocument { doc: replacement } => *doc = replacement,
            Action::EraseAll => {
                *doc = Document::default();
                self.undo = None;
            }
            Action::SaveSucceeded
            | Action::SaveFailed { .. }
            | Action::SavePaused { .. }
            | Action::Notify { .. }
            | Action::DismissNotice { .. }
            | Action::StorageChanged { .. } => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_spec() -> AppState {
        let mut state = AppState::default();
        state.apply(Action::CreateSpec {
            id: "s1".into(),
            now: 10,
            spec: RoleSpec::default(),
        });
        state
    }

    #[test]
    fn every_document_change_bumps_the_revision_once() {
        let mut state = with_spec();
        assert_eq!(state.revision, 1);
        let spec = RoleSpec {
            title: "API platform engineer".into(),
            ..RoleSpec::default()
        };
        state.apply(Action::UpdateSpec {
            id: "s1".into(),
            now: 20,
            spec: spec.clone(),
        });
        assert_eq!(state.revision, 2);
        assert_eq!(state.doc.specs[0].updated_at, 20);
        // The same content again is not a change: no save, no new timestamp.
        state.apply(Action::UpdateSpec {
            id: "s1".into(),
            now: 30,
            spec,
        });
        assert_eq!(state.revision, 2);
        assert_eq!(state.doc.specs[0].updated_at, 20);
    }

    #[test]
    fn delete_then_undo_restores_the_spec_in_place() {
        let mut state = with_spec();
        state.apply(Action::CreateSpec {
            id: "s2".into(),
            now: 11,
            spec: RoleSpec::default(),
        });
        state.apply(Action::DeleteSpec { id: "s1".into() });
        assert_eq!(state.doc.specs.len(), 1);
        assert!(state.undo.is_some());
        state.apply(Action::UndoDelete);
        assert_eq!(state.doc.specs[0].id, "s1");
        assert!(state.undo.is_none());
    }

    #[test]
    fn a_failed_save_is_reported_and_the_work_stays() {
        let mut state = with_spec();
        state.apply(Action::SaveFailed {
            message: "full".into(),
        });
        assert!(matches!(state.save, SaveStatus::Failed { .. }));
        assert_eq!(state.doc.specs.len(), 1);
        state.apply(Action::SaveSucceeded);
        assert_eq!(state.save, SaveStatus::Saved);
    }

    #[test]
    fn another_tabs_save_merges_in_and_conflicts_become_notices() {
        let mut state = with_spec();
        let base = state.doc.clone();
        let mut theirs = base.clone();
        theirs.specs[0].spec.title = "Theirs".into();
        theirs.specs[0].updated_at = 99;
        let ours = RoleSpec {
            title: "Ours".into(),
            ..RoleSpec::default()
        };
        state.apply(Action::UpdateSpec {
            id: "s1".into(),
            now: 50,
            spec: ours,
        });
        let before = state.revision;
        state.apply(Action::StorageChanged { base, theirs });
        assert_eq!(state.doc.specs.len(), 2, "both versions are kept");
        assert_eq!(state.doc.specs[0].spec.title, "Ours");
        assert!(matches!(state.notices[..], [Notice::Info { .. }]));
        assert_eq!(state.revision, before + 1, "the merged document is saved");
    }

    #[test]
    fn erase_all_empties_the_document_and_forgets_undo() {
        let mut state = with_spec();
        state.apply(Action::DeleteSpec { id: "s1".into() });
        state.apply(Action::EraseAll);
        assert!(state.doc.is_empty());
        assert!(state.undo.is_none());
    }

    #[test]
    fn a_paused_save_stays_paused() {
        let mut state = AppState::new(
            Document::default(),
            Vec::new(),
            SaveStatus::Paused {
                message: "kept".into(),
            },
        );
        state.apply(Action::SaveSucceeded);
        assert!(matches!(state.save, SaveStatus::Paused { .. }));
    }
}
