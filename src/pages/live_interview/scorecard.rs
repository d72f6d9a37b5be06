//! Live-mode notes into the candidate's scorecard: one scorecard per interviewer, one answer
//! note per question, created on the first change and updated after that.

use crate::components::kit::live_question::AnswerEdit;
use crate::engine::candidate::{same_interviewer, AnswerNote, Candidate};
use crate::engine::kit::KitItem;

/// This interviewer's note on this question, if they made one.
pub fn answer_for<'a>(
    candidate: &'a Candidate,
    interviewer: &str,
    question_id: &str,
) -> Option<&'a AnswerNote> {
    candidate
        .scorecards
        .iter()
        .find(|s| same_interviewer(&s.interviewer, interviewer))
        .and_then(|s| s.answers.iter().find(|a| a.question_id == question_id))
}

/// Interviewers with a scorecard for the candidate, in the order they started.
pub fn interviewers(candidate: &Candidate) -> Vec<String> {
    candidate
        .scorecards
        .iter()
        .map(|s| s.interviewer.clone())
        .collect()
}

/// The candidate with the edit applied to the interviewer's note on `item`.
pub fn record_answer(
    candidate: &Candidate,
    interviewer: &str,
    item: &KitItem,
    edit: AnswerEdit,
    now: u64,
) -> Candidate {
    let mut next = candidate.clone();
    let card = next.scorecard_mut(interviewer, now);
    let answer = match card.answers.iter().position(|a| a.question_id == item.id()) {
        Some(i) => &mut card.answers[i],
        None => {
            card.answers.push(AnswerNote {
                question_id: item.id().to_string(),
                competencies: Vec::new(),
                asked: false,
                rating: None,
                note: String::new(),
            });
            let last = card.answers.len() - 1;
            &mut card.answers[last]
        }
    };
    // The kit may have changed since the note was made: the rating counts for what the question probes now.
    answer.competencies = item.competencies().to_vec();
    match edit {
        AnswerEdit::Asked(asked) => answer.asked = asked,
        AnswerEdit::Rating(rating) => answer.rating = Some(rating),
        AnswerEdit::Note(note) => answer.note = note,
    }
    card.updated_at = now;
    next.updated_at = now;
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::{Competency, Rating};
    use crate::engine::questions::bank;

    fn item() -> KitItem {
        KitItem::Bank {
            id: bank()[0].id.to_string(),
        }
    }

    #[test]
    fn the_first_change_creates_the_scorecard_and_the_note() {
        let c = Candidate::new("c1".into(), "Ana".into(), 0);
        let c = record_answer(&c, " Sam ", &item(), AnswerEdit::Rating(Rating::Solid), 5);
        assert_eq!(c.scorecards.len(), 1);
        let card = &c.scorecards[0];
        assert_eq!(
            (card.interviewer.as_str(), card.submitted, card.updated_at),
            ("Sam", false, 5)
        );
        let note = &card.answers[0];
        assert_eq!(note.rating, Some(Rating::Solid));
        assert_eq!(note.competencies, bank()[0].competencies.to_vec());
        assert!(!note.asked);
    }

    #[test]
    fn later_changes_update_the_same_note_for_the_same_interviewer() {
        let c = Candidate::new("c1".into(), "Ana".into(), 0);
        let c = record_answer(&c, "Sam", &item(), AnswerEdit::Asked(true), 1);
        let c = record_answer(&c, "sam", &item(), AnswerEdit::Note("clear".into()), 2);
        let c = record_answer(&c, "Lee", &item(), AnswerEdit::Rating(Rating::Gap), 3);
        assert_eq!(c.scorecards.len(), 2);
        let sam = answer_for(&c, "SAM", item().id()).unwrap();
        assert!(sam.asked);
        assert_eq!((sam.note.as_str(), sam.rating), ("clear", None));
        assert_eq!(interviewers(&c), vec!["Sam".to_string(), "Lee".to_string()]);
        assert_eq!(c.updated_at, 3);
    }

    #[test]
    fn a_custom_question_keeps_its_own_competencies() {
        let custom = KitItem::Custom(crate::engine::kit::CustomQuestion {
            id: "custom-1".into(),
            prompt: "Why us?".into(),
            competencies: vec![Competency::SoftSkills],
            minutes: 5,
            purpose: String::new(),
        });
        let c = Candidate::new("c1".into(), "Ana".into(), 0);
        let c = record_answer(&c, "Sam", &custom, AnswerEdit::Asked(true), 1);
        assert_eq!(
            c.scorecards[0].answers[0].competencies,
            vec![Competency::SoftSkills]
        );
    }
}
