//! Pure helpers behind the scorecard screens: what one card says, and what an interviewer may
//! see of the others (S4, independent scoring). No browser, so they are tested natively.

use crate::engine::candidate::{Candidate, CompetencyRating, Scorecard};
use crate::engine::competency::{Competency, Rating};
use crate::engine::panel::same_interviewer;
use crate::engine::questions;

pub fn rating_of(card: &Scorecard, competency: Competency) -> Option<&CompetencyRating> {
    card.ratings.iter().find(|r| r.competency == competency)
}

/// A rated live-interview answer, as evidence for one competency.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerEvidence {
    /// The question's prompt when it is in the bank, else its id (a custom question).
    pub question: String,
    pub rating: Rating,
    pub note: String,
}

pub fn answer_evidence(card: &Scorecard, competency: Competency) -> Vec<AnswerEvidence> {
    card.answers
        .iter()
        .filter(|a| a.competencies.contains(&competency))
        .filter_map(|a| {
            let rating = a.rating?;
            let question = questions::find(&a.question_id)
                .map_or_else(|| a.question_id.clone(), |q| q.prompt.to_string());
            Some(AnswerEvidence {
                question,
                rating,
                note: a.note.clone(),
            })
        })
        .collect()
}

/// What the person at the screen may see of the panel's scorecards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Visibility {
    /// Everything: their own card is submitted, or they chose to view the results.
    All,
    /// Scoring, not yet submitted: the other cards and the result stay hidden.
    OwnOnly { hidden: usize },
    /// Nobody chosen yet: only who has scored, never the ratings.
    NamesOnly,
}

/// Whether "View results" may be offered: to nobody who has an unsubmitted card open, so an
/// interviewer can never see the others before their own card is in.
pub fn may_view_results(cards: &[Scorecard], scoring_as: Option<&str>) -> bool {
    scoring_as.is_none_or(|me| {
        cards
            .iter()
            .any(|c| c.submitted && same_interviewer(&c.interviewer, me))
    })
}

pub fn visibility(cards: &[Scorecard], scoring_as: Option<&str>, reveal: bool) -> Visibility {
    if reveal && may_view_results(cards, scoring_as) {
        return Visibility::All;
    }
    let Some(me) = scoring_as else {
        return Visibility::NamesOnly;
    };
    let mine = cards.iter().find(|c| same_interviewer(&c.interviewer, me));
    match mine {
        Some(card) if card.submitted => Visibility::All,
        _ => Visibility::OwnOnly {
            hidden: cards
                .iter()
                .filter(|c| !same_interviewer(&c.interviewer, me))
                .count(),
        },
    }
}

/// The candidate with only submitted scorecards: what the result and the comparison count.
pub fn submitted_only(candidate: &Candidate) -> Candidate {
    let mut counted = candidate.clone();
    counted.scorecards.retain(|c| c.submitted);
    counted
}

/// "1 scorecard", "2 scorecards": a count with its noun.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_english() {
        assert_eq!(count(1, "draft"), "1 draft");
        assert_eq!(count(0, "draft"), "0 drafts");
    }

    #[test]
    fn others_stay_hidden_until_the_interviewer_submits() {
        let mut ana = Scorecard::blank("Ana", 1);
        ana.submitted = true;
        let ben = Scorecard::blank("Ben", 2);
        let cards = vec![ana, ben.clone()];
        assert_eq!(visibility(&cards, None, false), Visibility::NamesOnly);
        assert_eq!(
            visibility(&cards, Some("ben"), false),
            Visibility::OwnOnly { hidden: 1 }
        );
        assert_eq!(
            visibility(&cards, Some("Cy"), false),
            Visibility::OwnOnly { hidden: 2 }
        );
        assert_eq!(visibility(&cards, Some("Ana"), false), Visibility::All);
        assert_eq!(visibility(&cards, None, true), Visibility::All);
        // Choosing "View results" and then opening an unsubmitted card hides them again.
        assert_eq!(
            visibility(&cards, Some("Ben"), true),
            Visibility::OwnOnly { hidden: 1 }
        );
        assert!(may_view_results(&cards, None));
        assert!(may_view_results(&cards, Some("ana")));
        assert!(!may_view_results(&cards, Some("Ben")));
        assert!(!may_view_results(&cards, Some("Cy")));
        let mut candidate = Candidate::new("c".into(), "C".into(), 0);
        candidate.scorecards = vec![cards[0].clone(), ben];
        assert_eq!(submitted_only(&candidate).scorecards.len(), 1);
    }

    #[test]
    fn answers_count_as_evidence_for_their_competencies() {
        let mut card = Scorecard::blank("Ana", 1);
        card.answers.push(crate::engine::candidate::AnswerNote {
            question_id: "custom-1".into(),
            competencies: vec![Competency::Databases],
            asked: true,
            rating: Some(Rating::Partial),
            note: "Slow on indexes".into(),
        });
        let found = answer_evidence(&card, Competency::Databases);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].question, "custom-1");
        assert!(answer_evidence(&card, Competency::Caching).is_empty());
    }
}
