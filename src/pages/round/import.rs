//! Bringing an interviewer's card into its round: a sealed return (opened with this browser's
//! round key) or a plain `#/sc/` card (labelled unsealed). Shared by the `#/r/` route and the
//! round panel's paste box.

use crate::app::AppHandle;
use crate::engine::edit::RoundEdit;
use crate::engine::link::sealed_return::SealError;
use crate::engine::return_import::{read_incoming, Incoming};
use crate::platform::crypto::CryptoError;
use crate::platform::{clock, crypto};

#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    Done {
        message: String,
        candidate_id: String,
    },
    /// Sealed for a round whose key this browser does not hold: nothing can be read.
    NotForThisBrowser,
    Refused(String),
}

/// Opens and imports `text` (a return link, a file's text or a plain scorecard link).
pub async fn import_return(app: &AppHandle, text: &str) -> Imported {
    let incoming = match read_incoming(text) {
        Ok(incoming) => incoming,
        Err(why) => return Imported::Refused(why),
    };
    let (round_id, edit, who) = match incoming {
        Incoming::Sealed(sealed) => {
            let round_id = sealed.header.round_id.clone();
            let key = match crypto::load_round_key(&round_id).await {
                Ok(Some(key)) => key,
                Ok(None) => return Imported::NotForThisBrowser,
                Err(e) => return Imported::Refused(e.to_string()),
            };
            match crypto::open_return(&key, &sealed).await {
                Ok(opened) => {
                    let who = opened.export.scorecard.interviewer.clone();
                    let edit = RoundEdit::ImportSealed {
                        opened: Box::new(opened),
                    };
                    (round_id, edit, format!("{who}'s sealed scorecard"))
                }
                Err(CryptoError::Refused(SealError::UnknownRound)) => {
                    return Imported::NotForThisBrowser
                }
                Err(e) => return Imported::Refused(e.to_string()),
            }
        }
        Incoming::Unsealed(export) => {
            let Some(round) = app.doc.round_for(&export.candidate_id) else {
                return Imported::Refused(
                    "This plain scorecard is for a candidate without a panel round here: import it from the candidate's page instead.".into(),
                );
            };
            let who = export.scorecard.interviewer.clone();
            let edit = RoundEdit::ImportUnsealed {
                card: Box::new(export.scorecard),
            };
            (
                round.id.clone(),
                edit,
                format!("{who}'s unsealed scorecard"),
            )
        }
    };
    let Some(round) = app.doc.rounds.iter().find(|r| r.id == round_id) else {
        return Imported::NotForThisBrowser;
    };
    let Some(candidate) = app.doc.candidate(&round.candidate_id) else {
        return Imported::Refused(
            "The candidate of this round is no longer on this device.".into(),
        );
    };
    let candidate_id = candidate.id.clone();
    match edit.check(round, candidate, clock::now_ms()) {
        Ok(false) => Imported::Done {
            message: format!("{who} is already in: nothing changed."),
            candidate_id,
        },
        Ok(true) => {
            app.edit_round(&round_id, edit);
            Imported::Done {
                message: format!("Imported {who}."),
                candidate_id,
            }
        }
        Err(e) => Imported::Refused(e.to_string()),
    }
}
