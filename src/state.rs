//! Application state and the actions that change it. Pure: no browser, no clock, no randomness
//! (ids and timestamps arrive inside actions), so every change is testable natively.
//!
//! `AppState::apply` is the one place the document changes. Each change bumps `revision`, which
//! the root component watches to save the document from one place.

use crate::engine::accepted_invitation::{self, AcceptedInvitation};
use crate::engine::bidi::isolate;
use crate::engine::candidate::{Candidate, RecordId};
use crate::engine::edit::{CandidateEdit, KitEdit, RoundEdit, SalaryEdit, SpecEdit, TeamPlanEdit};
use crate::engine::link::invitation::Invitation;
use crate::engine::panel_round::PanelRound;
use crate::engine::role::RoleSpec;
use crate::engine::salary::SavedTeamPlan;
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
        /// The candidates who were given a copy of the spec, to take back on undo.
        kept_with: Vec<RecordId>,
    },
    Candidate {
        position: usize,
        candidate: Box<Candidate>,
        /// Their panel round and accepted invitations, which go and come back with them.
        rounds: Vec<PanelRound>,
        accepted: Vec<AcceptedInvitation>,
    },
    TeamPlan {
        position: usize,
        plan: Box<SavedTeamPlan>,
    },
}

impl Undo {
    pub fn describe(&self) -> String {
        match self {
            Undo::Spec {
                saved, kept_with, ..
            } => {
                let title = isolate(saved.spec.display_title());
                match kept_with.len() {
                    0 => format!("Deleted role spec “{title}”."),
                    1 => format!("Deleted role spec “{title}”. The 1 candidate assessed against it keeps a copy, so their results still show."),
                    n => format!("Deleted role spec “{title}”. The {n} candidates assessed against it keep a copy, so their results still show."),
                }
            }
            Undo::Candidate { candidate, .. } => {
                format!("Deleted candidate “{}”.", isolate(&candidate.name))
            }
            Undo::TeamPlan { plan, .. } => {
                format!("Deleted team plan “{}”.", isolate(plan.display_name()))
            }
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

/// Everything that happens to the app. Changes to the document are nested in `Doc`, so they
/// are saved and counted in one place; the rest is about saving and the banners.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Doc(DocAction),
    /// Another tab saved: merge its document (`theirs`) with this tab's, from their common `base`.
    StorageChanged {
        base: Box<Document>,
        theirs: Box<Document>,
    },
    SaveSucceeded,
    SaveFailed {
        message: String,
    },
    /// Saving must hold back: it would overwrite data that could not be kept aside.
    SavePaused {
        message: String,
    },
    /// What held saving back is now kept aside (`kept_key`), or gone: saving goes on.
    SaveResumed {
        kept_key: Option<String>,
    },
    /// A banner from the platform layer (another tab's unreadable data was kept aside).
    Notify {
        notice: Notice,
    },
    DismissNotice {
        index: usize,
    },
}

/// A change to the document. Edits carry the record's id, the time, and the change itself,
/// which `apply` makes to the record as it is now (see `engine::edit`).
#[derive(Clone, Debug, PartialEq)]
pub enum DocAction {
    CreateSpec {
        id: RecordId,
        now: u64,
        spec: RoleSpec,
    },
    EditSpec {
        id: RecordId,
        now: u64,
        edit: SpecEdit,
    },
    DeleteSpec {
        id: RecordId,
    },
    /// A change to the interview kit kept with a spec.
    EditKit {
        spec_id: RecordId,
        now: u64,
        edit: KitEdit,
    },
    CreateCandidate {
        candidate: Box<Candidate>,
    },
    EditCandidate {
        id: RecordId,
        now: u64,
        edit: CandidateEdit,
    },
    DeleteCandidate {
        id: RecordId,
    },
    UndoDelete,
    CreateTeamPlan {
        id: RecordId,
        now: u64,
        name: String,
    },
    EditTeamPlan {
        id: RecordId,
        now: u64,
        edit: TeamPlanEdit,
    },
    DeleteTeamPlan {
        id: RecordId,
    },
    /// Starts a candidate's panel round (its key pair is already in this browser's key store).
    CreateRound {
        round: Box<PanelRound>,
    },
    EditRound {
        id: RecordId,
        now: u64,
        edit: RoundEdit,
    },
    /// An interviewer keeps an invitation on this device: a spec, a candidate and the link to
    /// the round, under these new ids.
    AcceptInvitation {
        invitation: Box<Invitation>,
        spec_id: RecordId,
        candidate_id: RecordId,
        now: u64,
    },
    /// The sealed return made when the interviewer submitted (kept so it is sent unchanged).
    KeepSealedReturn {
        candidate_id: RecordId,
        payload: String,
    },
    EditSalary {
        edit: SalaryEdit,
    },
    /// Replaces the whole document (an import, or undoing an erase).
    ReplaceDocument {
        doc: Box<Document>,
    },
    /// Everything erased: an empty document, nothing to undo.
    EraseAll,
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
            Action::Doc(change) => {
                if self.change_document(change) {
                    self.revision += 1;
                }
            }
            Action::SaveSucceeded => {
                if !matches!(self.save, SaveStatus::Paused { .. }) {
                    self.save = SaveStatus::Saved;
                }
            }
            Action::SaveFailed { message } => self.save = SaveStatus::Failed { message },
            Action::SavePaused { message } => self.save = SaveStatus::Paused { message },
            Action::SaveResumed { kept_key } => {
                if matches!(self.save, SaveStatus::Paused { .. }) {
                    self.save = SaveStatus::Saved;
                    self.notices.push(Notice::StoreProblem {
                        message:
                            "Saving has resumed. The data that was in the way is now kept aside \
                                  exactly as it was, so nothing was overwritten."
                                .into(),
                        kept_key,
                    });
                }
            }
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
                if outcome.document != *theirs {
                    self.revision += 1;
                }
                self.doc = outcome.document;
            }
        }
    }

    /// Applies a document change; false when nothing changed (an unknown id, a refused edit).
    fn change_document(&mut self, action: DocAction) -> bool {
        let doc = &mut self.doc;
        match action {
            DocAction::CreateSpec { id, now, spec } => {
                doc.specs.push(SavedSpec {
                    id,
                    spec,
                    updated_at: now,
                    kit: None,
                });
            }
            DocAction::EditSpec { id, now, edit } => {
                let Some(saved) = doc.specs.iter_mut().find(|s| s.id == id) else {
                    return false;
                };
                if !edit.apply(&mut saved.spec) {
                    return false;
                }
                saved.updated_at = now;
            }
            DocAction::DeleteSpec { id } => {
                let Some(position) = doc.specs.iter().position(|s| s.id == id) else {
                    return false;
                };
                let saved = Box::new(doc.specs.remove(position));
                let mut kept_with = Vec::new();
                for c in doc.candidates.iter_mut() {
                    if c.spec_id.as_deref() != Some(saved.id.as_str()) {
                        continue;
                    }
                    let spec = saved.spec.clone();
                    // Keeping a copy is not something the person did to the candidate: their
                    // edit time stays, so undo leaves them exactly as before.
                    let at = c.updated_at;
                    let keep = CandidateEdit::KeepSpecCopy {
                        spec: Box::new(spec),
                    };
                    if keep.apply(c, at) {
                        kept_with.push(c.id.clone());
                    }
                }
                self.undo = Some(Undo::Spec {
                    position,
                    saved,
                    kept_with,
                });
            }
            DocAction::EditKit { spec_id, now, edit } => {
                let Some(saved) = doc.specs.iter_mut().find(|s| s.id == spec_id) else {
                    return false;
                };
                let mut kit = saved.kit.clone();
                if edit.apply(&mut kit, &saved.spec).is_err() || kit == saved.kit {
                    return false;
                }
                saved.kit = kit;
                saved.updated_at = now;
            }
            DocAction::EditSalary { edit } => return edit.apply(&mut doc.salary),
            DocAction::CreateTeamPlan { id, now, name } => {
                doc.team_plans.push(SavedTeamPlan::new(id, name, now));
            }
            DocAction::EditTeamPlan { id, now, edit } => {
                let Some(plan) = doc.team_plans.iter_mut().find(|p| p.id == id) else {
                    return false;
                };
                return edit.apply(plan, now);
            }
            DocAction::DeleteTeamPlan { id } => {
                let Some(position) = doc.team_plans.iter().position(|p| p.id == id) else {
                    return false;
                };
                let plan = Box::new(doc.team_plans.remove(position));
                self.undo = Some(Undo::TeamPlan { position, plan });
            }
            DocAction::CreateCandidate { candidate } => doc.candidates.push(*candidate),
            DocAction::EditCandidate { id, now, edit } => {
                let Some(candidate) = doc.candidates.iter_mut().find(|c| c.id == id) else {
                    return false;
                };
                return edit.apply(candidate, now);
            }
            DocAction::DeleteCandidate { id } => {
                let Some(position) = doc.candidates.iter().position(|c| c.id == id) else {
                    return false;
                };
                let candidate = Box::new(doc.candidates.remove(position));
                let (rounds, kept) = doc.rounds.drain(..).partition(|r| r.candidate_id == id);
                doc.rounds = kept;
                let (accepted, kept) = doc.accepted.drain(..).partition(|a| a.candidate_id == id);
                doc.accepted = kept;
                self.undo = Some(Undo::Candidate {
                    position,
                    candidate,
                    rounds,
                    accepted,
                });
            }
            DocAction::UndoDelete => match self.undo.take() {
                Some(Undo::Spec {
                    position,
                    saved,
                    kept_with,
                }) => {
                    for c in doc.candidates.iter_mut() {
                        if kept_with.contains(&c.id) && c.spec_id.as_deref() == Some(&saved.id) {
                            let at = c.updated_at;
                            CandidateEdit::DropSpecCopy.apply(c, at);
                        }
                    }
                    let at = position.min(doc.specs.len());
                    doc.specs.insert(at, *saved);
                }
                Some(Undo::TeamPlan { position, plan }) => {
                    let at = position.min(doc.team_plans.len());
                    doc.team_plans.insert(at, *plan);
                }
                Some(Undo::Candidate {
                    position,
                    candidate,
                    rounds,
                    accepted,
                }) => {
                    let at = position.min(doc.candidates.len());
                    doc.candidates.insert(at, *candidate);
                    doc.rounds.extend(rounds);
                    doc.accepted.extend(accepted);
                }
                None => return false,
            },
            DocAction::CreateRound { round } => {
                if doc.candidate(&round.candidate_id).is_none()
                    || doc.round_for(&round.candidate_id).is_some()
                {
                    return false;
                }
                doc.rounds.push(*round);
            }
            DocAction::EditRound { id, now, edit } => return edit_round(doc, &id, now, edit),
            DocAction::AcceptInvitation {
                invitation,
                spec_id,
                candidate_id,
                now,
            } => return accepted_invitation::accept(doc, &invitation, spec_id, candidate_id, now),
            DocAction::KeepSealedReturn {
                candidate_id,
                payload,
            } => return accepted_invitation::keep_return(doc, &candidate_id, payload),
            DocAction::ReplaceDocument { doc: replacement } => *doc = *replacement,
            DocAction::EraseAll => {
                *doc = Document::default();
                self.undo = None;
            }
        }
        true
    }
}

/// Applies a round edit to the round and its candidate together; false when refused.
fn edit_round(doc: &mut Document, id: &str, now: u64, edit: RoundEdit) -> bool {
    let Some(round) = doc.rounds.iter_mut().find(|r| r.id == id) else {
        return false;
    };
    let Some(candidate) = doc
        .candidates
        .iter_mut()
        .find(|c| c.id == round.candidate_id)
    else {
        return false;
    };
    edit.apply(round, candidate, now).unwrap_or(false)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod kept_spec_tests;
#[cfg(test)]
mod team_plan_tests;
