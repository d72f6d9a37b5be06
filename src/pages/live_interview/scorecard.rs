//! Live-mode notes and the candidate's scorecard: one scorecard per interviewer, one answer note
//! per question (the engine's `ScorecardEdit::Answer` creates and updates them).

use crate::engine::candidate::{same_interviewer, AnswerNote, Candidate};
use crate::engine::edit::{AnswerEdit, ScorecardEdit};
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

/// The scorecard edit for a change to the note on `item`: the rating counts for what the
/// question probes now, even if the kit changed since the note was made.
pub fn answer_edit(item: &KitItem, edit: AnswerEdit) -> ScorecardEdit {
    ScorecardEdit::Answer {
        question_id: item.id().to_string(),
        competencies: item.competencies().to_vec(),
        edit,
    }
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
    fn a_note_is_found_for_the_same_interviewer_whatever_the_case() {
        let mut c = Candidate::new("c1".into(), "Ana".into(), 0);
        let rate = AnswerEdit::Rating {
            rating: Rating::Solid,
        };
        answer_edit(&item(), rate).apply(&mut c, " Sam ", 5);
        let note = answer_for(&c, "SAM", item().id()).unwrap();
        assert_eq!(note.rating, Some(Rating::Solid));
        assert_eq!(note.competencies, bank()[0].competencies.to_vec());
        assert_eq!(interviewers(&c), vec!["Sam".to_string()]);
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
        let edit = answer_edit(&custom, AnswerEdit::Asked { asked: true });
        let ScorecardEdit::Answer { competencies, .. } = edit else {
            panic!("an answer edit");
        };
        assert_eq!(competencies, vec![Competency::SoftSkills]);
    }
}
