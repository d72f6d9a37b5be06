//! Changes to a candidate's panel round on the hiring manager's device (M1, M2), applied by the
//! reducer to the round and its candidate as they are now. The rules live in `panel_round`;
//! this file only routes each change to them, so a screen can `check` an edit first and show
//! the refusal in words, and the reducer applies the same edit to the current document.

use crate::engine::amendment::Amendment;
use crate::engine::candidate::{same_interviewer, Candidate, Scorecard};
use crate::engine::decision_record::{validate_decision, Decision};
use crate::engine::link::sealed_return::OpenedReturn;
use crate::engine::panel_round::{Interviewer, PanelRound, Receipt, RoundError};

#[derive(Clone, Debug, PartialEq)]
pub enum RoundEdit {
    /// Adds an interviewer to the panel with their kit questions (again: new questions).
    Invite {
        name: String,
        question_ids: Vec<String>,
    },
    /// Takes an interviewer off the panel before their card is in.
    Uninvite {
        name: String,
    },
    /// A sealed return opened by this browser's round key.
    ImportSealed {
        opened: Box<OpenedReturn>,
    },
    /// A plain `#/sc/` scorecard (readable by anyone who saw it): imported, labelled unsealed.
    ImportUnsealed {
        card: Box<Scorecard>,
    },
    Reveal {
        by: String,
    },
    OpenEarly {
        by: String,
        reason: String,
    },
    Amend {
        amendment: Amendment,
    },
    /// The hiring decision (after the ratings are open); a later one replaces it.
    Decide {
        decision: Box<Decision>,
    },
}

/// Why an edit was refused, or `Ok(false)` when it changes nothing.
pub type EditResult = Result<bool, RoundError>;

impl RoundEdit {
    /// Applies the edit at `now` to `round` and its `candidate`; on `Err` neither changed.
    pub fn apply(self, round: &mut PanelRound, candidate: &mut Candidate, now: u64) -> EditResult {
        if candidate.id != round.candidate_id {
            return Err(RoundError::WrongRound);
        }
        match self {
            RoundEdit::Invite { name, question_ids } => Ok(invite(round, name, question_ids)),
            RoundEdit::Uninvite { name } => {
                if round
                    .status()
                    .received
                    .iter()
                    .any(|r| same_interviewer(r, &name))
                {
                    return Ok(false);
                }
                let before = round.panel.len();
                round.panel.retain(|p| !same_interviewer(&p.name, &name));
                Ok(round.panel.len() != before)
            }
            RoundEdit::ImportSealed { opened } => {
                match round.import_sealed(candidate, &opened, now)? {
                    Receipt::AlreadyIn => Ok(false),
                    Receipt::Added {
                        round: new_round,
                        candidate: new_candidate,
                    } => {
                        *round = *new_round;
                        *candidate = *new_candidate;
                        Ok(true)
                    }
                }
            }
            RoundEdit::ImportUnsealed { card } => import_unsealed(round, candidate, *card, now),
            RoundEdit::Reveal { by } => round.reveal(&by, now).map(|()| true),
            RoundEdit::OpenEarly { by, reason } => {
                round.open_early(&by, &reason, now).map(|()| true)
            }
            RoundEdit::Decide { decision } => {
                if round.opening.is_none() {
                    return Err(RoundError::NotOpenYet);
                }
                validate_decision(&decision).map_err(RoundError::Decision)?;
                let changed = round.decision.as_ref() != Some(&*decision);
                round.decision = Some(*decision);
                Ok(changed)
            }
            RoundEdit::Amend { amendment } => {
                let candidate = &*candidate;
                round.amend(candidate, amendment).map(|()| true)
            }
        }
    }

    /// What applying the edit now would say, without changing anything.
    pub fn check(&self, round: &PanelRound, candidate: &Candidate, now: u64) -> EditResult {
        self.clone()
            .apply(&mut round.clone(), &mut candidate.clone(), now)
    }
}

fn invite(round: &mut PanelRound, name: String, question_ids: Vec<String>) -> bool {
    let name = name.trim().to_string();
    if name.is_empty() {
        return false;
    }
    match round
        .panel
        .iter_mut()
        .find(|p| same_interviewer(&p.name, &name))
    {
        Some(p) if p.question_ids == question_ids => false,
        Some(p) => {
            p.question_ids = question_ids;
            true
        }
        None => {
            round.panel.push(Interviewer { name, question_ids });
            true
        }
    }
}

fn import_unsealed(
    round: &mut PanelRound,
    candidate: &mut Candidate,
    card: Scorecard,
    now: u64,
) -> EditResult {
    let mut next_round = round.clone();
    next_round.note_unsealed(&card, now)?;
    let mine = candidate
        .scorecards
        .iter()
        .find(|c| same_interviewer(&c.interviewer, &card.interviewer));
    let added = match mine {
        Some(mine) if *mine == card => false,
        // A submitted card does not change: the one here stands.
        Some(_) => {
            return Err(RoundError::SecondCard {
                interviewer: card.interviewer.trim().to_string(),
            })
        }
        None => {
            candidate.scorecards.push(card);
            candidate.updated_at = now;
            true
        }
    };
    let changed = next_round != *round;
    *round = next_round;
    Ok(changed || added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::{Competency, Rating};

    fn setup() -> (PanelRound, Candidate) {
        let candidate = Candidate::new("c-1".into(), "Kim".into(), 1);
        let round = PanelRound {
            id: "r-1".into(),
            candidate_id: "c-1".into(),
            created_at: 1,
            public_key: vec![4; 65],
            panel: Vec::new(),
            received: Vec::new(),
            opening: None,
            amendments: Vec::new(),
            decision: None,
        };
        (round, candidate)
    }

    fn submitted(name: &str) -> Scorecard {
        let mut card = Scorecard::blank(name, 2);
        card.ratings
            .push(crate::engine::candidate::CompetencyRating {
                competency: Competency::ALL[0],
                rating: Rating::Solid,
                evidence: "clear answer".into(),
            });
        card.submitted = true;
        card
    }

    #[test]
    fn inviting_twice_changes_nothing_and_a_new_question_list_replaces_the_old() {
        let (mut round, mut c) = setup();
        let invite = |ids: &[&str]| RoundEdit::Invite {
            name: " Ana ".into(),
            question_ids: ids.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(invite(&["q1"]).apply(&mut round, &mut c, 5), Ok(true));
        assert_eq!(invite(&["q1"]).apply(&mut round, &mut c, 6), Ok(false));
        assert_eq!(invite(&["q2"]).apply(&mut round, &mut c, 7), Ok(true));
        assert_eq!(round.panel.len(), 1);
        assert_eq!(round.panel[0].name, "Ana");
    }

    #[test]
    fn an_unsealed_card_is_imported_once_and_opens_the_way_to_reveal() {
        let (mut round, mut c) = setup();
        let invite = RoundEdit::Invite {
            name: "Ana".into(),
            question_ids: vec![],
        };
        invite.apply(&mut round, &mut c, 1).unwrap();
        let reveal = RoundEdit::Reveal { by: "Max".into() };
        assert!(matches!(
            reveal.check(&round, &c, 3),
            Err(RoundError::NotAllIn { .. })
        ));
        let card = RoundEdit::ImportUnsealed {
            card: Box::new(submitted("Ana")),
        };
        assert_eq!(card.clone().apply(&mut round, &mut c, 4), Ok(true));
        assert_eq!(card.apply(&mut round, &mut c, 5), Ok(false));
        assert_eq!(c.scorecards.len(), 1);
        assert_eq!(reveal.apply(&mut round, &mut c, 6), Ok(true));
        assert!(round.ratings_visible());
    }

    #[test]
    fn a_refused_edit_leaves_the_round_as_it_was() {
        let (mut round, mut c) = setup();
        let before = round.clone();
        let early = RoundEdit::OpenEarly {
            by: "Max".into(),
            reason: " ".into(),
        };
        assert_eq!(
            early.apply(&mut round, &mut c, 2),
            Err(RoundError::ReasonMissing)
        );
        assert_eq!(round, before);
        let stranger = RoundEdit::ImportUnsealed {
            card: Box::new(submitted("Zed")),
        };
        assert!(stranger.apply(&mut round, &mut c, 3).is_err());
        assert!(c.scorecards.is_empty());
    }

    #[test]
    fn a_decision_needs_open_ratings_and_reasons() {
        let (mut round, mut c) = setup();
        let decide = |reasons: &str| RoundEdit::Decide {
            decision: Box::new(Decision {
                outcome: crate::engine::decision_record::Outcome::Hold,
                reasons: reasons.into(),
                decided_by: "Max".into(),
                decided_at: 9,
            }),
        };
        assert_eq!(
            decide("wait").check(&round, &c, 9),
            Err(RoundError::NotOpenYet)
        );
        RoundEdit::OpenEarly {
            by: "Max".into(),
            reason: "offer deadline".into(),
        }
        .apply(&mut round, &mut c, 8)
        .unwrap();
        assert!(matches!(
            decide(" ").apply(&mut round, &mut c, 9),
            Err(RoundError::Decision(_))
        ));
        assert_eq!(
            decide("wait for references").apply(&mut round, &mut c, 9),
            Ok(true)
        );
        assert_eq!(
            decide("wait for references").apply(&mut round, &mut c, 10),
            Ok(false)
        );
    }
}
