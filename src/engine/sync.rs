//! Two tabs, one store (feature P2): a three-way merge so neither tab overwrites the other.
//!
//! `base` is the document this tab last saw in storage, `ours` is this tab's document now, and
//! `theirs` is what storage holds now (another tab wrote it). Per record, matched by id:
//! - changed on one side only: that side's version;
//! - changed on both sides: merged field by field (`edit::merge`), so edits to different fields
//!   both survive; a submitted scorecard is final, so the submitted version of it wins;
//! - the same field changed on both sides to different values: a real conflict. This tab's
//!   version stays, the other tab's is kept as a copy marked "(edited in another tab)", and the
//!   conflict is reported;
//! - deleted on one side and unchanged on the other: deleted; deleted on one side but edited on
//!   the other: the edit is kept (work is never lost to a delete from elsewhere);
//! - new on either side: kept.
//!
//! Team plans are records like specs and candidates: matched by id, merged field by field, their
//! rows entry by entry (by row id).
//!
//! Salary settings merge as one value: one side's change wins; changes on both keep this tab's and
//! report it.

pub mod seen_saves;
pub mod synced;

use super::accepted_invitation::AcceptedInvitation;
use super::bidi::isolate;
use super::candidate::Candidate;
use super::edit::merge::merge_record;
use super::panel_round::PanelRound;
use super::salary::SavedTeamPlan;
use super::spec_rules;
use super::store::{Document, SavedSpec};
use crate::engine::order;
use serde::de::DeserializeOwned;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq)]
pub struct MergeOutcome {
    pub document: Document,
    /// One sentence per real conflict, for the user.
    pub conflicts: Vec<String>,
}

/// How a record kind takes part in the merge.
trait Record: Clone + PartialEq + Serialize + DeserializeOwned {
    fn id(&self) -> &str;
    fn name(&self) -> String;
    /// A copy of the other tab's version under a new id, so both versions survive.
    fn conflict_copy(&self) -> Self;
    /// Both sides' changes to this record, or `None` when the same field differs. Field by
    /// field unless a kind has rules of its own.
    fn merge_fields(base: &Self, ours: &Self, theirs: &Self) -> Option<Self> {
        merge_record(base, ours, theirs)
    }
}

const OTHER_TAB: &str = " (edited in another tab)";

impl Record for SavedSpec {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> String {
        format!("role spec “{}”", isolate(&self.spec.title))
    }
    fn conflict_copy(&self) -> Self {
        let mut copy = self.clone();
        copy.id = format!("{}-tab-{}", self.id, self.updated_at);
        copy.spec.title.push_str(OTHER_TAB);
        copy
    }
    fn merge_fields(base: &Self, ours: &Self, theirs: &Self) -> Option<Self> {
        let mut merged = merge_record(base, ours, theirs)?;
        spec_rules::normalize(&mut merged.spec);
        Some(merged)
    }
}

impl Record for Candidate {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> String {
        format!("candidate “{}”", isolate(&self.name))
    }
    fn conflict_copy(&self) -> Self {
        let mut copy = self.clone();
        copy.id = format!("{}-tab-{}", self.id, self.updated_at);
        copy.name.push_str(OTHER_TAB);
        copy
    }
    fn merge_fields(base: &Self, ours: &Self, theirs: &Self) -> Option<Self> {
        let mut merged = merge_record(base, ours, theirs)?;
        // Ticks from both sides keep the order edits keep.
        order::sort(&mut merged.onboarding);
        order::sort_by_key(&mut merged.plan, |p| p.step);
        // A submitted card is final: the submitted version stands as it was submitted.
        for card in &mut merged.scorecards {
            let submitted = [ours, theirs].into_iter().find_map(|side| {
                side.scorecards
                    .iter()
                    .find(|c| c.submitted && c.interviewer == card.interviewer)
            });
            if let Some(submitted) = submitted {
                *card = submitted.clone();
            }
        }
        Some(merged)
    }
}

impl Record for SavedTeamPlan {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> String {
        format!("team plan “{}”", isolate(self.display_name()))
    }
    fn conflict_copy(&self) -> Self {
        let mut copy = self.clone();
        copy.id = format!("{}-tab-{}", self.id, self.updated_at);
        copy.name.push_str(OTHER_TAB);
        copy
    }
}

impl Record for PanelRound {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> String {
        "panel round".to_string()
    }
    fn conflict_copy(&self) -> Self {
        // A round is tied to its key: a copy under another id could never open a return.
        self.clone()
    }
}

impl Record for AcceptedInvitation {
    fn id(&self) -> &str {
        &self.candidate_id
    }
    fn name(&self) -> String {
        format!("invitation for {}", isolate(&self.interviewer))
    }
    fn conflict_copy(&self) -> Self {
        self.clone()
    }
}

pub fn three_way(base: &Document, ours: &Document, theirs: &Document) -> MergeOutcome {
    let mut conflicts = Vec::new();
    let specs = merge_list(&base.specs, &ours.specs, &theirs.specs, &mut conflicts);
    let candidates = merge_list(
        &base.candidates,
        &ours.candidates,
        &theirs.candidates,
        &mut conflicts,
    );
    let team_plans = merge_list(
        &base.team_plans,
        &ours.team_plans,
        &theirs.team_plans,
        &mut conflicts,
    );
    let rounds = merge_list(&base.rounds, &ours.rounds, &theirs.rounds, &mut conflicts);
    let accepted = merge_list(
        &base.accepted,
        &ours.accepted,
        &theirs.accepted,
        &mut conflicts,
    );
    let salary = if ours.salary == theirs.salary || base.salary == theirs.salary {
        ours.salary.clone()
    } else if base.salary == ours.salary {
        theirs.salary.clone()
    } else {
        conflicts.push(
            "Salary settings were changed in two tabs at once: this tab's figures were kept."
                .to_string(),
        );
        ours.salary.clone()
    };
    MergeOutcome {
        document: Document {
            schema_version: ours.schema_version,
            specs,
            candidates,
            salary,
            team_plans,
            rounds,
            accepted,
            // Fields this build does not know: the side that changed them wins.
            unknown: if ours.unknown == base.unknown {
                theirs.unknown.clone()
            } else {
                ours.unknown.clone()
            },
        },
        conflicts,
    }
}

fn find<'a, T: Record>(list: &'a [T], id: &str) -> Option<&'a T> {
    list.iter().find(|r| r.id() == id)
}

fn merge_list<T: Record>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<String>,
) -> Vec<T> {
    let mut merged = Vec::with_capacity(ours.len().max(theirs.len()));
    let mut copies = Vec::new();
    for mine in ours {
        let before = find(base, mine.id());
        match find(theirs, mine.id()) {
            // Deleted in the other tab: gone, unless this tab changed it since.
            None if before == Some(mine) => {}
            None => merged.push(mine.clone()),
            Some(other) if other == mine || before == Some(other) => merged.push(mine.clone()),
            Some(other) if before == Some(mine) => merged.push(other.clone()),
            Some(other) => match before.and_then(|b| T::merge_fields(b, mine, other)) {
                Some(both) => merged.push(both),
                None => {
                    conflicts.push(format!(
                        "The {} was changed in two tabs at once: this tab's version is kept, and the other is saved beside it as a copy.",
                        mine.name()
                    ));
                    merged.push(mine.clone());
                    copies.push(other.conflict_copy());
                }
            },
        }
    }
    for other in theirs {
        if find(ours, other.id()).is_some() {
            continue;
        }
        match find(base, other.id()) {
            // Deleted here and untouched there: stays deleted.
            Some(before) if before == other => {}
            _ => merged.push(other.clone()),
        }
    }
    for copy in copies {
        if find(&merged, copy.id()).is_none() {
            merged.push(copy);
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(candidates: &[(&str, u8)]) -> Document {
        Document {
            candidates: candidates
                .iter()
                .map(|(id, years)| {
                    let mut c = Candidate::new(id.to_string(), id.to_string(), 1);
                    c.years = *years;
                    c
                })
                .collect(),
            ..Document::default()
        }
    }

    fn years(d: &Document) -> Vec<(String, u8)> {
        d.candidates
            .iter()
            .map(|c| (c.id.clone(), c.years))
            .collect()
    }

    #[test]
    fn edits_to_different_records_both_survive() {
        let base = doc(&[("a", 1), ("b", 1)]);
        let ours = doc(&[("a", 2), ("b", 1)]);
        let theirs = doc(&[("a", 1), ("b", 3), ("c", 1)]);
        let out = three_way(&base, &ours, &theirs);
        assert!(out.conflicts.is_empty());
        assert_eq!(
            years(&out.document),
            vec![("a".into(), 2), ("b".into(), 3), ("c".into(), 1)]
        );
    }

    #[test]
    fn different_fields_of_one_record_both_survive_in_it() {
        let base = doc(&[("a", 1)]);
        let mut ours = doc(&[("a", 4)]);
        ours.candidates[0].updated_at = 20;
        let mut theirs = base.clone();
        theirs.candidates[0].name = "Renamed".into();
        theirs.candidates[0].updated_at = 30;
        let out = three_way(&base, &ours, &theirs);
        assert!(out.conflicts.is_empty());
        let merged = &out.document.candidates;
        assert_eq!(merged.len(), 1);
        assert_eq!((merged[0].years, merged[0].name.as_str()), (4, "Renamed"));
        assert_eq!(merged[0].updated_at, 30);
    }

    #[test]
    fn the_same_record_edited_twice_is_a_reported_conflict_with_both_versions_kept() {
        let base = doc(&[("a", 1)]);
        let out = three_way(&base, &doc(&[("a", 2)]), &doc(&[("a", 3)]));
        assert_eq!(out.conflicts.len(), 1);
        assert_eq!(out.document.candidates.len(), 2);
        assert_eq!(out.document.candidates[0].years, 2);
        assert!(out.document.candidates[1].name.ends_with(OTHER_TAB));
        assert_eq!(out.document.candidates[1].years, 3);
    }

    #[test]
    fn deletes_apply_unless_the_other_side_edited() {
        let base = doc(&[("a", 1), ("b", 1)]);
        // We deleted a; they deleted b.
        let out = three_way(&base, &doc(&[("b", 1)]), &doc(&[("a", 1)]));
        assert!(out.document.candidates.is_empty());
        // We deleted a; they edited it: the edit survives.
        let out = three_way(&base, &doc(&[("b", 1)]), &doc(&[("a", 5), ("b", 1)]));
        assert_eq!(years(&out.document), vec![("b".into(), 1), ("a".into(), 5)]);
    }

    #[test]
    fn merging_with_ourselves_changes_nothing() {
        let d = doc(&[("a", 1), ("b", 2)]);
        let out = three_way(&doc(&[]), &d, &d);
        assert_eq!(out.document, d);
        assert!(out.conflicts.is_empty());
    }
}
