//! Debrief amendments (M2): the one recorded way to change a scorecard after it was submitted.
//!
//! A submitted card itself never changes. An amendment records who changed what on whose card,
//! from which value to which, why and when; `amended` replays them in order over the submitted
//! cards to give the cards as they stand now. Rules (`check`):
//! - a reason is written (blank is refused);
//! - the card exists and was submitted;
//! - `from` is the value the card holds now, after earlier amendments (an amendment made from a
//!   stale screen is refused instead of silently overwriting a later one);
//! - `to` differs from `from`.
//!
//! A competency amendment sets the card's own rating for it, which then counts instead of the
//! live-mode answers (scoring, step 1). Amendments are only ever appended; undoing one is another.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::candidate::{same_interviewer, CompetencyRating, Recommendation, Scorecard};
use super::competency::{Competency, Rating};

/// What an amendment changes on one card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum CardChange {
    Rating {
        competency: Competency,
        from: Option<Rating>,
        to: Rating,
    },
    Recommendation {
        from: Option<Recommendation>,
        to: Recommendation,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amendment {
    /// Whose card changes.
    pub interviewer: String,
    pub change: CardChange,
    pub reason: String,
    /// Who recorded it (usually the hiring manager, in the debrief).
    pub by: String,
    /// Milliseconds since the Unix epoch.
    pub at: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmendError {
    ReasonMissing,
    NoSuchCard { interviewer: String },
    NotSubmitted { interviewer: String },
    Stale { interviewer: String },
    NoChange,
}

impl fmt::Display for AmendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmendError::ReasonMissing => {
                f.write_str("Write why the card changes: every debrief change keeps its reason.")
            }
            AmendError::NoSuchCard { interviewer } => {
                write!(f, "There is no scorecard from {interviewer} to change.")
            }
            AmendError::NotSubmitted { interviewer } => write!(
                f,
                "{interviewer} has not submitted yet: they can still change their own card."
            ),
            AmendError::Stale { interviewer } => write!(
                f,
                "{interviewer}'s card changed since this screen was drawn. Check the current value \
                 and record the change again."
            ),
            AmendError::NoChange => f.write_str("The new value is the same as the current one."),
        }
    }
}

impl std::error::Error for AmendError {}

/// The cards after replaying `amendments` in order (ones that no longer apply are skipped;
/// `check` keeps them from being recorded in the first place).
pub fn amended(cards: &[Scorecard], amendments: &[Amendment]) -> Vec<Scorecard> {
    let mut cards = cards.to_vec();
    for a in amendments {
        if let Some(card) = cards
            .iter_mut()
            .find(|c| same_interviewer(&c.interviewer, &a.interviewer))
        {
            apply(card, a.change);
        }
    }
    cards
}

/// Whether `amendment` may be recorded on top of `cards` as they stand now (`amended`).
pub fn check(cards_now: &[Scorecard], amendment: &Amendment) -> Result<(), AmendError> {
    if amendment.reason.trim().is_empty() {
        return Err(AmendError::ReasonMissing);
    }
    let who = amendment.interviewer.trim().to_string();
    let card = cards_now
        .iter()
        .find(|c| same_interviewer(&c.interviewer, &who))
        .ok_or_else(|| AmendError::NoSuchCard {
            interviewer: who.clone(),
        })?;
    if !card.submitted {
        return Err(AmendError::NotSubmitted { interviewer: who });
    }
    let (current_matches, unchanged) = match amendment.change {
        CardChange::Rating {
            competency,
            from,
            to,
        } => (own_rating(card, competency) == from, from == Some(to)),
        CardChange::Recommendation { from, to } => (card.recommendation == from, from == Some(to)),
    };
    if !current_matches {
        return Err(AmendError::Stale { interviewer: who });
    }
    if unchanged {
        return Err(AmendError::NoChange);
    }
    Ok(())
}

/// The card's own rating of a competency (not the live-mode answers).
pub fn own_rating(card: &Scorecard, competency: Competency) -> Option<Rating> {
    card.ratings
        .iter()
        .find(|r| r.competency == competency)
        .map(|r| r.rating)
}

fn apply(card: &mut Scorecard, change: CardChange) {
    match change {
        CardChange::Rating { competency, to, .. } => {
            match card.ratings.iter_mut().find(|r| r.competency == competency) {
                Some(r) => r.rating = to,
                None => card.ratings.push(CompetencyRating {
                    competency,
                    rating: to,
                    evidence: String::new(),
                }),
            }
        }
        CardChange::Recommendation { to, .. } => card.recommendation = Some(to),
    }
}

/// "Databases: 2 Partial -> 3 Solid" and the like, for records and lists.
pub fn describe(change: &CardChange) -> String {
    match change {
        CardChange::Rating {
            competency,
            from,
            to,
        } => format!(
            "{}: {} -> {} {}",
            competency.label(),
            from.map_or("not rated".to_string(), |r| format!(
                "{} {}",
                r.value(),
                r.label()
            )),
            to.value(),
            to.label()
        ),
        CardChange::Recommendation { from, to } => format!(
            "Overall call: {} -> {}",
            from.map_or("none", Recommendation::label),
            to.label()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card() -> Scorecard {
        Scorecard {
            interviewer: "Ana".into(),
            ratings: vec![CompetencyRating {
                competency: Competency::Databases,
                rating: Rating::Partial,
                evidence: "Missed the index.".into(),
            }],
            answers: Vec::new(),
            recommendation: Some(Recommendation::No),
            submitted: true,
            updated_at: 1,
        }
    }

    fn raise(from: Option<Rating>, to: Rating, reason: &str) -> Amendment {
        Amendment {
            interviewer: "ana".into(),
            change: CardChange::Rating {
                competency: Competency::Databases,
                from,
                to,
            },
            reason: reason.into(),
            by: "Maria".into(),
            at: 10,
        }
    }

    #[test]
    fn an_amendment_changes_the_view_never_the_submitted_card() {
        let cards = vec![card()];
        let a = raise(
            Some(Rating::Partial),
            Rating::Solid,
            "Ben's notes show the index.",
        );
        assert_eq!(check(&cards, &a), Ok(()));
        let now = amended(&cards, std::slice::from_ref(&a));
        assert_eq!(
            own_rating(&now[0], Competency::Databases),
            Some(Rating::Solid)
        );
        assert_eq!(now[0].ratings[0].evidence, "Missed the index.");
        assert_eq!(
            own_rating(&cards[0], Competency::Databases),
            Some(Rating::Partial)
        );
        assert_eq!(describe(&a.change), "Databases: 2 Partial -> 3 Solid");
    }

    #[test]
    fn blank_reasons_stale_values_drafts_and_no_ops_are_refused() {
        let cards = vec![card()];
        let blank = raise(Some(Rating::Partial), Rating::Solid, "  ");
        assert_eq!(check(&cards, &blank), Err(AmendError::ReasonMissing));
        let stale = raise(Some(Rating::Gap), Rating::Solid, "why");
        assert!(matches!(
            check(&cards, &stale),
            Err(AmendError::Stale { .. })
        ));
        let same = raise(Some(Rating::Partial), Rating::Partial, "why");
        assert_eq!(check(&cards, &same), Err(AmendError::NoChange));
        let mut draft = card();
        draft.submitted = false;
        let ok = raise(Some(Rating::Partial), Rating::Solid, "why");
        assert!(matches!(
            check(&[draft], &ok),
            Err(AmendError::NotSubmitted { .. })
        ));
        let mut other = ok.clone();
        other.interviewer = "Ben".into();
        assert!(matches!(
            check(&cards, &other),
            Err(AmendError::NoSuchCard { .. })
        ));
    }

    #[test]
    fn a_second_amendment_must_start_from_the_first_ones_result() {
        let cards = vec![card()];
        let first = raise(Some(Rating::Partial), Rating::Solid, "one");
        let now = amended(&cards, std::slice::from_ref(&first));
        let from_old = raise(Some(Rating::Partial), Rating::Strong, "two");
        assert!(matches!(
            check(&now, &from_old),
            Err(AmendError::Stale { .. })
        ));
        let from_new = raise(Some(Rating::Solid), Rating::Strong, "two");
        assert_eq!(check(&now, &from_new), Ok(()));
        let rec = Amendment {
            change: CardChange::Recommendation {
                from: Some(Recommendation::No),
                to: Recommendation::Yes,
            },
            ..first
        };
        assert_eq!(check(&now, &rec), Ok(()));
        assert_eq!(
            amended(&now, &[rec])[0].recommendation,
            Some(Recommendation::Yes)
        );
    }
}
