//! One candidate's panel round on the hiring manager's device (M1, M2): who is expected, whose
//! card is in, when the ratings were opened, and the debrief amendments.
//!
//! Rules:
//! - Expected cards are the interviewers invited to the round. A card counts as in once it was
//!   received, sealed (`import_sealed`) or as a plain `#/sc/` link (`note_unsealed`, labelled
//!   unsealed).
//! - Importing the same sealed return again changes nothing (same commitment). Another card from
//!   an interviewer whose card is in is refused: a submitted card does not change, except by an
//!   amendment.
//! - Ratings stay closed until every expected card is in (`reveal`). Opening earlier is allowed
//!   with a reason and is recorded, with who was still missing (`open_early`).
//! - Amendments are recorded only after the ratings are open (`amend`, rules in `amendment`).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::amendment::{self, AmendError, Amendment};
use super::candidate::{same_interviewer, Candidate, RecordId, Scorecard};
use super::decision_record::Decision;
use super::link::sealed_return::{hex, OpenedReturn};
use super::panel::{plan_import, ImportOutcome};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PanelRound {
    pub id: RecordId,
    pub candidate_id: RecordId,
    pub created_at: u64,
    /// The round's public key (65-byte uncompressed P-256 point); the private half stays in
    /// this browser (`platform::key_store`).
    pub public_key: Vec<u8>,
    pub panel: Vec<Interviewer>,
    #[serde(default)]
    pub received: Vec<ReceivedCard>,
    #[serde(default)]
    pub opening: Option<Opening>,
    #[serde(default)]
    pub amendments: Vec<Amendment>,
    /// The hiring decision, once made (M5).
    #[serde(default)]
    pub decision: Option<Decision>,
}

/// An invited interviewer and the kit questions they were given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interviewer {
    pub name: String,
    pub question_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CardSource {
    /// Opened from a sealed return; the commitment is the hex SHA-256 of its plaintext.
    Sealed { commitment: String },
    /// Imported from a plain scorecard link or file, readable by anyone who saw it.
    Unsealed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedCard {
    pub interviewer: String,
    pub source: CardSource,
    pub received_at: u64,
}

/// When and how the ratings were opened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opening {
    pub at: u64,
    pub by: String,
    /// Interviewers whose cards were not in yet (empty for a normal reveal).
    pub missing: Vec<String>,
    /// Why it was opened early; empty for a normal reveal.
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundError {
    WrongRound,
    NotOnPanel {
        interviewer: String,
    },
    NotSubmitted {
        interviewer: String,
    },
    /// The interviewer's card is in already and this one differs.
    SecondCard {
        interviewer: String,
    },
    NotAllIn {
        missing: Vec<String>,
    },
    AlreadyOpen,
    ReasonMissing,
    NotOpenYet,
    Amend(AmendError),
    /// A decision without reasons or a decider.
    Decision(String),
}

impl fmt::Display for RoundError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RoundError::WrongRound => {
                f.write_str("This scorecard belongs to another candidate's panel round.")
            }
            RoundError::NotOnPanel { interviewer } => write!(
                f,
                "{interviewer} is not on this round's panel. Invite them first if they should be."
            ),
            RoundError::NotSubmitted { interviewer } => write!(
                f,
                "{interviewer}'s scorecard is not submitted yet, so it was not imported."
            ),
            RoundError::SecondCard { interviewer } => write!(
                f,
                "{interviewer}'s submitted scorecard is already in and this one differs. A \
                 submitted card does not change: record any change as a debrief amendment."
            ),
            RoundError::NotAllIn { missing } => write!(
                f,
                "Ratings stay closed until every card is in. Still missing: {}.",
                missing.join(", ")
            ),
            RoundError::AlreadyOpen => f.write_str("The ratings are already open."),
            RoundError::ReasonMissing => {
                f.write_str("Write why the ratings are opened before every card is in.")
            }
            RoundError::NotOpenYet => {
                f.write_str("Changes are recorded in the debrief, once the ratings are open.")
            }
            RoundError::Amend(e) => e.fmt(f),
            RoundError::Decision(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for RoundError {}

/// Which expected cards are in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundStatus {
    pub received: Vec<String>,
    pub missing: Vec<String>,
    pub open: bool,
}

/// What a successful sealed import did.
#[derive(Clone, Debug, PartialEq)]
pub enum Receipt {
    /// Nothing changed: this exact return was imported before.
    AlreadyIn,
    /// The updated round and candidate, to store together.
    Added {
        round: Box<PanelRound>,
        candidate: Box<Candidate>,
    },
}

impl PanelRound {
    pub fn status(&self) -> RoundStatus {
        let (received, missing) = self
            .panel
            .iter()
            .map(|p| p.name.clone())
            .partition(|name| self.has_card(name));
        RoundStatus {
            received,
            missing,
            open: self.opening.is_some(),
        }
    }

    /// Ratings may be shown (S4 for the manager: closed until all are in, or opened early).
    pub fn ratings_visible(&self) -> bool {
        self.opening.is_some()
    }

    fn has_card(&self, name: &str) -> bool {
        self.received
            .iter()
            .any(|r| same_interviewer(&r.interviewer, name))
    }

    fn on_panel(&self, name: &str) -> Option<&Interviewer> {
        self.panel.iter().find(|p| same_interviewer(&p.name, name))
    }

    /// Imports an opened return into this round and its candidate (rules in the header).
    pub fn import_sealed(
        &self,
        candidate: &Candidate,
        opened: &OpenedReturn,
        now: u64,
    ) -> Result<Receipt, RoundError> {
        if opened.round_id != self.id || candidate.id != self.candidate_id {
            return Err(RoundError::WrongRound);
        }
        let commitment = hex(&opened.commitment);
        let card = &opened.export.scorecard;
        let name = card.interviewer.trim().to_string();
        let Some(invited) = self.on_panel(&name) else {
            return Err(RoundError::NotOnPanel { interviewer: name });
        };
        let same_return = |r: &ReceivedCard| {
            r.source
                == CardSource::Sealed {
                    commitment: commitment.clone(),
                }
        };
        if self.received.iter().any(same_return) {
            return Ok(Receipt::AlreadyIn);
        }
        if !card.submitted {
            return Err(RoundError::NotSubmitted { interviewer: name });
        }
        if self.has_card(&name) {
            return Err(RoundError::SecondCard { interviewer: name });
        }
        let mut export = opened.export.clone();
        export.candidate_id = candidate.id.clone();
        let mut merged = match plan_import(std::slice::from_ref(candidate), &export) {
            ImportOutcome::Added(merged) => *merged,
            ImportOutcome::AlreadyImported => candidate.clone(),
            ImportOutcome::Conflict { .. } | ImportOutcome::CandidateMissing => {
                return Err(RoundError::SecondCard { interviewer: name })
            }
        };
        merged.updated_at = now;
        let mut round = self.clone();
        round.received.push(ReceivedCard {
            interviewer: invited.name.clone(),
            source: CardSource::Sealed { commitment },
            received_at: now,
        });
        Ok(Receipt::Added {
            round: Box::new(round),
            candidate: Box::new(merged),
        })
    }

    /// Records a plain scorecard imported by the `panel` rules as this interviewer's card, labelled
    /// unsealed. Recording it again changes nothing.
    pub fn note_unsealed(&mut self, card: &Scorecard, now: u64) -> Result<(), RoundError> {
        let name = card.interviewer.trim().to_string();
        let Some(invited) = self.on_panel(&name) else {
            return Err(RoundError::NotOnPanel { interviewer: name });
        };
        if !card.submitted {
            return Err(RoundError::NotSubmitted { interviewer: name });
        }
        if !self.has_card(&name) {
            let interviewer = invited.name.clone();
            self.received.push(ReceivedCard {
                interviewer,
                source: CardSource::Unsealed,
                received_at: now,
            });
        }
        Ok(())
    }

    /// Opens the ratings once every expected card is in.
    pub fn reveal(&mut self, by: &str, now: u64) -> Result<(), RoundError> {
        if self.opening.is_some() {
            return Err(RoundError::AlreadyOpen);
        }
        let missing = self.status().missing;
        if !missing.is_empty() {
            return Err(RoundError::NotAllIn { missing });
        }
        self.opening = Some(Opening {
            at: now,
            by: by.trim().to_string(),
            missing,
            reason: String::new(),
        });
        Ok(())
    }

    /// Opens the ratings before every card is in; the reason and who was missing are recorded.
    pub fn open_early(&mut self, by: &str, reason: &str, now: u64) -> Result<(), RoundError> {
        if self.opening.is_some() {
            return Err(RoundError::AlreadyOpen);
        }
        if reason.trim().is_empty() {
            return Err(RoundError::ReasonMissing);
        }
        self.opening = Some(Opening {
            at: now,
            by: by.trim().to_string(),
            missing: self.status().missing,
            reason: reason.trim().to_string(),
        });
        Ok(())
    }

    /// The submitted cards of this round's panel that are in, as submitted.
    pub fn submitted_cards(&self, candidate: &Candidate) -> Vec<Scorecard> {
        candidate
            .scorecards
            .iter()
            .filter(|c| c.submitted && self.has_card(&c.interviewer))
            .cloned()
            .collect()
    }

    /// The same cards with the debrief's amendments applied.
    pub fn current_cards(&self, candidate: &Candidate) -> Vec<Scorecard> {
        amendment::amended(&self.submitted_cards(candidate), &self.amendments)
    }

    /// Records an amendment after the ratings are open (rules in `amendment::check`).
    pub fn amend(&mut self, candidate: &Candidate, change: Amendment) -> Result<(), RoundError> {
        if self.opening.is_none() {
            return Err(RoundError::NotOpenYet);
        }
        amendment::check(&self.current_cards(candidate), &change).map_err(RoundError::Amend)?;
        self.amendments.push(Amendment {
            reason: change.reason.trim().to_string(),
            ..change
        });
        Ok(())
    }
}
