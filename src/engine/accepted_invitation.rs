//! The interviewer's side of a panel round (M1): an invitation this device accepted.
//!
//! Accepting keeps the brief on this device as ordinary records, so live mode and the scorecard
//! form work unchanged: the invitation's spec becomes a saved spec whose kit is this interviewer's
//! questions, and its candidate (name or pseudonym only) a candidate assessed against it. This
//! record ties them to the round: its id and public key (what the card is sealed to on submit)
//! and, once made, the sealed return itself, so sending it again sends the same return (a new
//! seal would carry a new commitment and read as a second card).

use serde::{Deserialize, Serialize};

use super::candidate::{same_interviewer, Candidate, RecordId};
use super::link::invitation::Invitation;
use super::store::{Document, SavedSpec};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptedInvitation {
    pub round_id: String,
    pub interviewer: String,
    /// The candidate record on this device that holds this interviewer's card.
    pub candidate_id: RecordId,
    pub spec_id: RecordId,
    /// The round's public key (65-byte uncompressed P-256 point).
    pub round_key: Vec<u8>,
    pub accepted_at: u64,
    /// The sealed return payload, once the card was submitted and sealed.
    #[serde(default)]
    pub sealed_return: Option<String>,
}

/// The accepted invitation for this round and interviewer, if this device has it.
pub fn find<'a>(
    accepted: &'a [AcceptedInvitation],
    round_id: &str,
    interviewer: &str,
) -> Option<&'a AcceptedInvitation> {
    accepted
        .iter()
        .find(|a| a.round_id == round_id && same_interviewer(&a.interviewer, interviewer))
}

/// The accepted invitation whose card lives on this candidate record.
pub fn for_candidate<'a>(
    accepted: &'a [AcceptedInvitation],
    candidate_id: &str,
) -> Option<&'a AcceptedInvitation> {
    accepted.iter().find(|a| a.candidate_id == candidate_id)
}

/// Keeps `invitation` in `doc` under the given new ids; false when it is already here.
pub fn accept(
    doc: &mut Document,
    invitation: &Invitation,
    spec_id: RecordId,
    candidate_id: RecordId,
    now: u64,
) -> bool {
    if find(&doc.accepted, &invitation.round_id, &invitation.interviewer).is_some() {
        return false;
    }
    doc.specs.push(SavedSpec {
        id: spec_id.clone(),
        spec: invitation.spec.clone(),
        updated_at: now,
        kit: Some(invitation.questions.clone()),
    });
    let mut candidate =
        Candidate::new(candidate_id.clone(), invitation.candidate_name.clone(), now);
    candidate.spec_id = Some(spec_id.clone());
    doc.candidates.push(candidate);
    doc.accepted.push(AcceptedInvitation {
        round_id: invitation.round_id.clone(),
        interviewer: invitation.interviewer.trim().to_string(),
        candidate_id,
        spec_id,
        round_key: invitation.round_key.as_bytes().to_vec(),
        accepted_at: now,
        sealed_return: None,
    });
    true
}

/// Records the sealed return once; a later one never replaces it.
pub fn keep_return(doc: &mut Document, candidate_id: &str, payload: String) -> bool {
    match doc
        .accepted
        .iter_mut()
        .find(|a| a.candidate_id == candidate_id)
    {
        Some(a) if a.sealed_return.is_none() => {
            a.sealed_return = Some(payload);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::kit::{assemble, StageBudgets};
    use crate::engine::link::sealed_return::RoundPublicKey;
    use crate::engine::role::RoleSpec;

    fn invitation() -> Invitation {
        let spec = RoleSpec::default();
        let questions = assemble(&spec, &StageBudgets::default());
        Invitation {
            round_id: "r-1".into(),
            interviewer: "Ana".into(),
            candidate_name: "Candidate K".into(),
            round_key: RoundPublicKey::sample(),
            spec,
            questions,
        }
    }

    #[test]
    fn accepting_keeps_the_brief_as_a_spec_and_a_candidate_once() {
        let mut doc = Document::default();
        assert!(accept(&mut doc, &invitation(), "s".into(), "c".into(), 5));
        assert!(!accept(
            &mut doc,
            &invitation(),
            "s2".into(),
            "c2".into(),
            6
        ));
        assert_eq!((doc.specs.len(), doc.candidates.len()), (1, 1));
        assert_eq!(doc.candidates[0].spec_id.as_deref(), Some("s"));
        assert!(doc.specs[0].kit.is_some());
        assert!(find(&doc.accepted, "r-1", " ana").is_some());
    }

    #[test]
    fn the_first_sealed_return_stays() {
        let mut doc = Document::default();
        accept(&mut doc, &invitation(), "s".into(), "c".into(), 5);
        assert!(keep_return(&mut doc, "c", "one".into()));
        assert!(!keep_return(&mut doc, "c", "two".into()));
        assert_eq!(doc.accepted[0].sealed_return.as_deref(), Some("one"));
    }
}
