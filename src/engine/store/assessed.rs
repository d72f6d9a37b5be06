//! Which role spec a candidate is read against: the live spec while it exists, else the copy
//! kept with the candidate when that spec was deleted (so scorecards and results stay readable).

use super::{Document, SavedSpec};
use crate::engine::bidi::isolate;
use crate::engine::candidate::Candidate;
use crate::engine::role::RoleSpec;

/// Said wherever a candidate is read against a kept copy.
pub const KEPT_COPY_NOTE: &str = "Role spec deleted; showing the version kept with this candidate.";

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AssessedSpec<'a> {
    Live(&'a SavedSpec),
    /// The spec was deleted; this is the copy kept with the candidate.
    Kept(&'a RoleSpec),
}

impl<'a> AssessedSpec<'a> {
    pub fn spec(self) -> &'a RoleSpec {
        match self {
            AssessedSpec::Live(saved) => &saved.spec,
            AssessedSpec::Kept(spec) => spec,
        }
    }

    pub fn is_kept(self) -> bool {
        matches!(self, AssessedSpec::Kept(_))
    }

    /// The title a list shows, marked when it is a kept copy (short: list columns are narrow).
    pub fn list_title(self) -> String {
        let title = self.spec().display_title();
        if self.is_kept() {
            format!("{} (deleted)", isolate(title))
        } else {
            title.to_string()
        }
    }
}

impl Document {
    /// The spec this candidate is assessed against, if any.
    pub fn assessed_spec<'a>(&'a self, candidate: &'a Candidate) -> Option<AssessedSpec<'a>> {
        let id = candidate.spec_id.as_deref()?;
        match self.spec(id) {
            Some(saved) => Some(AssessedSpec::Live(saved)),
            None => candidate.spec_snapshot.as_ref().map(AssessedSpec::Kept),
        }
    }

    /// How many candidates are assessed against this spec.
    pub fn candidates_using(&self, spec_id: &str) -> usize {
        self.candidates
            .iter()
            .filter(|c| c.spec_id.as_deref() == Some(spec_id))
            .count()
    }

    /// Specs that are gone but still kept with candidates: (id, the first kept copy).
    pub fn kept_specs(&self) -> Vec<(&str, &RoleSpec)> {
        let mut kept: Vec<(&str, &RoleSpec)> = Vec::new();
        for c in &self.candidates {
            if let (Some(id), Some(spec)) = (c.spec_id.as_deref(), c.spec_snapshot.as_ref()) {
                if self.spec(id).is_none() && kept.iter().all(|(k, _)| *k != id) {
                    kept.push((id, spec));
                }
            }
        }
        kept
    }
}
