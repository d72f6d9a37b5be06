//! One change to one interviewer's scorecard: from the scorecard form or from live mode.
//!
//! A submitted scorecard is final (S4, M1): every edit to it is refused, so neither live mode
//! nor a late keystroke can change a result the panel has already seen. Only a recorded debrief
//! amendment may change it, and that is not an edit of this kind.

use crate::engine::candidate::{
    same_interviewer, AnswerNote, Candidate, CompetencyRating, Recommendation,
};
use crate::engine::competency::{Competency, Rating};

/// A change to a live-mode note on one question.
#[derive(Clone, Debug, PartialEq)]
pub enum AnswerEdit {
    Asked { asked: bool },
    Rating { rating: Rating },
    Note { note: String },
}

#[derive(Clone, Debug, PartialEq)]
pub enum ScorecardEdit {
    /// Starts the interviewer's scorecard if they have none; changes nothing otherwise.
    Open,
    /// Rates a competency, or removes its rating (`None`); the evidence note stays with it.
    Rate {
        competency: Competency,
        rating: Option<Rating>,
    },
    /// The evidence behind a rated competency (unrated: nothing to attach it to).
    Evidence {
        competency: Competency,
        evidence: String,
    },
    Recommend {
        recommendation: Recommendation,
    },
    /// A live-mode note on a kit question; `competencies` are what the question probes now.
    Answer {
        question_id: String,
        competencies: Vec<Competency>,
        edit: AnswerEdit,
    },
    Submit,
}

impl ScorecardEdit {
    /// Makes the edit to `interviewer`'s card at time `now`, starting the card if needed. False
    /// when nothing changed, and always false for a submitted card.
    pub fn apply(self, candidate: &mut Candidate, interviewer: &str, now: u64) -> bool {
        let interviewer = interviewer.trim();
        if interviewer.is_empty() || is_submitted(candidate, interviewer) {
            return false;
        }
        let before = candidate.clone();
        let card = candidate.scorecard_mut(interviewer, now);
        let mut card_before = card.clone();
        match self {
            ScorecardEdit::Open => {}
            ScorecardEdit::Rate { competency, rating } => {
                let at = card.ratings.iter().position(|r| r.competency == competency);
                match (at, rating) {
                    (Some(i), Some(rating)) => card.ratings[i].rating = rating,
                    (Some(i), None) => {
                        card.ratings.remove(i);
                    }
                    (None, Some(rating)) => card.ratings.push(CompetencyRating {
                        competency,
                        rating,
                        evidence: String::new(),
                    }),
                    (None, None) => {}
                }
            }
            ScorecardEdit::Evidence {
                competency,
                evidence,
            } => {
                if let Some(r) = card.ratings.iter_mut().find(|r| r.competency == competency) {
                    r.evidence = evidence;
                }
            }
            ScorecardEdit::Recommend { recommendation } => {
                card.recommendation = Some(recommendation)
            }
            ScorecardEdit::Answer {
                question_id,
                competencies,
                edit,
            } => {
                let at = match card
                    .answers
                    .iter()
                    .position(|a| a.question_id == question_id)
                {
                    Some(at) => at,
                    None => {
                        card.answers.push(AnswerNote {
                            question_id,
                            competencies: Vec::new(),
                            asked: false,
                            rating: None,
                            note: String::new(),
                        });
                        card.answers.len() - 1
                    }
                };
                let answer = &mut card.answers[at];
                answer.competencies = competencies;
                match edit {
                    AnswerEdit::Asked { asked } => answer.asked = asked,
                    AnswerEdit::Rating { rating } => answer.rating = Some(rating),
                    AnswerEdit::Note { note } => answer.note = note,
                }
            }
            ScorecardEdit::Submit => card.submitted = true,
        }
        // A card just started counts as a change even when the edit itself was empty.
        card_before.updated_at = card.updated_at;
        if *card != card_before {
            card.updated_at = now;
        }
        *candidate != before
    }
}

/// Whether this interviewer's scorecard for the candidate is submitted, and so final.
pub fn is_submitted(candidate: &Candidate, interviewer: &str) -> bool {
    candidate
        .scorecards
        .iter()
        .any(|c| c.submitted && same_interviewer(&c.interviewer, interviewer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidate::Scorecard;

    fn ana() -> Candidate {
        Candidate::new("c1".into(), "Ana".into(), 0)
    }

    fn card<'a>(c: &'a Candidate, who: &str) -> &'a Scorecard {
        c.scorecards
            .iter()
            .find(|s| same_interviewer(&s.interviewer, who))
            .expect("the card exists")
    }

    #[test]
    fn opening_starts_one_card_per_interviewer() {
        let mut c = ana();
        assert!(ScorecardEdit::Open.apply(&mut c, " Sam ", 3));
        assert!(!ScorecardEdit::Open.apply(&mut c, "sam", 4));
        assert!(!ScorecardEdit::Open.apply(&mut c, "  ", 4));
        assert_eq!(c.scorecards.len(), 1);
        assert_eq!(
            (
                c.scorecards[0].interviewer.as_str(),
                c.scorecards[0].updated_at
            ),
            ("Sam", 3)
        );
    }

    #[test]
    fn rating_then_clearing_keeps_one_entry_with_its_evidence() {
        let security = Competency::Security;
        let mut c = ana();
        let rate = |rating| ScorecardEdit::Rate {
            competency: security,
            rating,
        };
        rate(Some(Rating::Solid)).apply(&mut c, "Ana", 1);
        ScorecardEdit::Evidence {
            competency: security,
            evidence: "CSRF".into(),
        }
        .apply(&mut c, "Ana", 2);
        rate(Some(Rating::Strong)).apply(&mut c, "Ana", 3);
        assert_eq!(card(&c, "Ana").ratings.len(), 1);
        assert_eq!(card(&c, "Ana").ratings[0].evidence, "CSRF");
        assert_eq!(card(&c, "Ana").updated_at, 3);
        rate(None).apply(&mut c, "Ana", 4);
        assert!(card(&c, "Ana").ratings.is_empty());
        // Evidence needs a rating to sit on.
        let unrated = ScorecardEdit::Evidence {
            competency: Competency::Caching,
            evidence: "x".into(),
        };
        assert!(!unrated.apply(&mut c, "Ana", 5));
    }

    #[test]
    fn answers_are_one_note_per_question_with_current_competencies() {
        let mut c = ana();
        let answer = |edit| ScorecardEdit::Answer {
            question_id: "q1".into(),
            competencies: vec![Competency::Databases],
            edit,
        };
        answer(AnswerEdit::Asked { asked: true }).apply(&mut c, "Sam", 1);
        answer(AnswerEdit::Note {
            note: "clear".into(),
        })
        .apply(&mut c, "sam", 2);
        answer(AnswerEdit::Rating {
            rating: Rating::Gap,
        })
        .apply(&mut c, "Lee", 3);
        assert_eq!(c.scorecards.len(), 2);
        let sam = &card(&c, "SAM").answers;
        assert_eq!(sam.len(), 1);
        assert!(sam[0].asked);
        assert_eq!((sam[0].note.as_str(), sam[0].rating), ("clear", None));
        assert_eq!(sam[0].competencies, vec![Competency::Databases]);
    }

    /// Nothing changes a submitted card: not a rating, not live mode, not a second submit.
    #[test]
    fn a_submitted_card_refuses_every_edit() {
        let mut c = ana();
        for (i, competency) in [Competency::Security, Competency::Databases]
            .into_iter()
            .enumerate()
        {
            ScorecardEdit::Rate {
                competency,
                rating: Some(Rating::Strong),
            }
            .apply(&mut c, "Ana", i as u64);
        }
        ScorecardEdit::Recommend {
            recommendation: Recommendation::StrongYes,
        }
        .apply(&mut c, "Ana", 3);
        assert!(ScorecardEdit::Submit.apply(&mut c, "Ana", 4));
        let frozen = c.clone();
        let attempts = [
            ScorecardEdit::Open,
            ScorecardEdit::Submit,
            ScorecardEdit::Rate {
                competency: Competency::Security,
                rating: Some(Rating::Gap),
            },
            ScorecardEdit::Rate {
                competency: Competency::Security,
                rating: None,
            },
            ScorecardEdit::Evidence {
                competency: Competency::Security,
                evidence: "changed my mind".into(),
            },
            ScorecardEdit::Recommend {
                recommendation: Recommendation::StrongNo,
            },
            ScorecardEdit::Answer {
                question_id: "q1".into(),
                competencies: vec![Competency::Security],
                edit: AnswerEdit::Rating {
                    rating: Rating::Gap,
                },
            },
        ];
        for edit in attempts {
            assert!(!edit.clone().apply(&mut c, " ana ", 99), "{edit:?}");
        }
        assert_eq!(c, frozen);
        // Another interviewer still scores on their own card.
        assert!(ScorecardEdit::Open.apply(&mut c, "Ben", 100));
    }
}
