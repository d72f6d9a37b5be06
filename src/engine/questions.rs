//! The interview question bank: its types, look-up and search (feature I1).
//!
//! This module owns the shape of a bank question and the ways the UI reaches one: by id (`find`),
//! or by filter (`filter`). The questions themselves are compiled-in data in `question_bank`.
//!
//! Selection rule of `filter`: a question is returned when it matches every set criterion:
//! - `competency`: the question lists that competency among its 1-3 competencies;
//! - `kind`: the question has that type;
//! - `level`: the question's inclusive level range contains that seniority;
//! - `text`: split on whitespace into words; every word must occur, case-insensitively, in the
//!   prompt, the purpose or one of the strong-answer signals (words are ANDed; blank text matches all).
//!
//! Results keep bank order, so the same filter always lists the same questions in the same order.

use serde::{Deserialize, Serialize};

use super::competency::Competency;
use super::question_bank::QUESTIONS;
use super::role::Seniority;

/// The interview stage a question belongs to; a kit has one stage per type, in `ALL` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    Screening,
    Behavioral,
    TechnicalDesign,
    Practical,
}

impl QuestionType {
    /// Every type, in the order the stages of an interview usually run.
    pub const ALL: [QuestionType; 4] = [
        QuestionType::Screening,
        QuestionType::Behavioral,
        QuestionType::TechnicalDesign,
        QuestionType::Practical,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QuestionType::Screening => "Screening",
            QuestionType::Behavioral => "Behavioral",
            QuestionType::TechnicalDesign => "Technical and system design",
            QuestionType::Practical => "Practical exercise",
        }
    }
}

/// One bank question, written as an interviewer's guide: what to ask, why, and how to judge it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Stable, readable id ("api-versioning"): kits and live notes refer to questions by it.
    pub id: &'static str,
    pub kind: QuestionType,
    /// 1-3 areas the question gives evidence on; the first is the main one.
    pub competencies: &'static [Competency],
    /// Inclusive range of seniority levels the question suits.
    pub levels: (Seniority, Seniority),
    pub prompt: &'static str,
    pub purpose: &'static str,
    /// What a strong answer shows (at least two).
    pub signals: &'static [&'static str],
    pub red_flags: &'static [&'static str],
    pub follow_ups: &'static [&'static str],
    pub minutes: u8,
}

impl Question {
    /// True when the question's level range contains `level`.
    pub fn fits(&self, level: Seniority) -> bool {
        self.levels.0 <= level && level <= self.levels.1
    }

    pub fn covers(&self, competency: Competency) -> bool {
        self.competencies.contains(&competency)
    }

    /// Every word of `words` (already lower-case) occurs in the prompt, purpose or signals.
    fn matches_words(&self, words: &[String]) -> bool {
        let fields = || {
            [self.prompt, self.purpose]
                .into_iter()
                .chain(self.signals.iter().copied())
        };
        words
            .iter()
            .all(|w| fields().any(|f| f.to_lowercase().contains(w.as_str())))
    }
}

/// The whole bank, in authoring order (grouped by type).
pub fn bank() -> &'static [Question] {
    QUESTIONS
}

/// The bank question with this id, if the bank still has it.
pub fn find(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// Criteria for browsing the bank; `Default` matches every question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankFilter {
    pub competency: Option<Competency>,
    pub kind: Option<QuestionType>,
    pub level: Option<Seniority>,
    pub text: String,
}

/// The bank questions matching every criterion of `filter`, in bank order.
pub fn filter(filter: &BankFilter) -> Vec<&'static Question> {
    let words: Vec<String> = filter
        .text
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    QUESTIONS
        .iter()
        .filter(|q| filter.competency.is_none_or(|c| q.covers(c)))
        .filter(|q| filter.kind.is_none_or(|k| q.kind == k))
        .filter(|q| filter.level.is_none_or(|l| q.fits(l)))
        .filter(|q| q.matches_words(&words))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_filter_lists_the_whole_bank_in_order() {
        let all = filter(&BankFilter::default());
        assert_eq!(all.len(), bank().len());
        assert!(all.iter().zip(bank()).all(|(a, b)| a.id == b.id));
    }

    #[test]
    fn text_words_are_anded_and_case_insensitive() {
        let one = filter(&BankFilter {
            text: "CACHE".into(),
            ..BankFilter::default()
        });
        let two = filter(&BankFilter {
            text: "cache   invalidat".into(),
            ..BankFilter::default()
        });
        assert!(!two.is_empty());
        assert!(two.len() <= one.len());
        assert!(two.iter().all(|q| one.iter().any(|o| o.id == q.id)));
        let none = filter(&BankFilter {
            text: "cache zzqqxx".into(),
            ..BankFilter::default()
        });
        assert!(none.is_empty());
    }

    #[test]
    fn structured_criteria_are_respected() {
        let f = BankFilter {
            competency: Some(Competency::Caching),
            kind: Some(QuestionType::Practical),
            level: Some(Seniority::Junior),
            text: String::new(),
        };
        let found = filter(&f);
        assert!(!found.is_empty());
        for q in found {
            assert!(q.covers(Competency::Caching));
            assert_eq!(q.kind, QuestionType::Practical);
            assert!(q.fits(Seniority::Junior));
        }
    }

    #[test]
    fn find_returns_none_for_unknown_ids() {
        assert!(find("no-such-question").is_none());
        let first = &bank()[0];
        assert_eq!(find(first.id).map(|q| q.id), Some(first.id));
    }

    #[test]
    fn fits_is_inclusive_at_both_ends() {
        let q = Question {
            levels: (Seniority::Mid, Seniority::Senior),
            ..bank()[0]
        };
        assert!(!q.fits(Seniority::Junior));
        assert!(q.fits(Seniority::Mid));
        assert!(q.fits(Seniority::Senior));
        assert!(!q.fits(Seniority::Staff));
    }
}
