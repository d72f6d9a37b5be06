//! The debrief agenda (M2): what the panel needs to talk about, most pressing first, each with
//! every interviewer's evidence side by side.
//!
//! A competency is on the agenda for any of these topics; it appears once, under its first:
//! 1. a must-have whose score is below its required level (largest gap first);
//! 2. raters who differ by 2 points or more (widest spread first);
//! 3. a weighted or must-have competency only one person rated (must-haves first).
//!
//! Ties go to the higher weight, then catalogue order. Competencies nobody rated are not topics
//! here (coverage and gates report them).

use super::candidate::{same_interviewer, Scorecard};
use super::competency::Competency;
use super::role::RoleSpec;
use super::scoring::{evidence, score, CompetencyScore};
use crate::engine::order;

#[derive(Clone, Debug, PartialEq)]
pub enum Topic {
    MustHaveBelowLevel { score: f64, required: u8 },
    RatersDiffer { low: f64, high: f64 },
    OneRater { interviewer: String },
}

/// One interviewer's evidence on a competency.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceNote {
    pub interviewer: String,
    /// Their evidence value (scoring step 1); `None` when they did not rate it.
    pub rating: Option<f64>,
    /// The note next to their rating.
    pub evidence: String,
    /// Their live-mode notes on questions probing this competency.
    pub answer_notes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AgendaItem {
    pub competency: Competency,
    pub must_have: bool,
    pub weight: u8,
    pub topics: Vec<Topic>,
    /// One per card, in interviewer-name order.
    pub notes: Vec<EvidenceNote>,
}

pub fn agenda(spec: &RoleSpec, cards: &[Scorecard]) -> Vec<AgendaItem> {
    let report = score(spec, cards);
    let mut sorted: Vec<&Scorecard> = cards.iter().collect();
    order::sort_by_key(&mut sorted, |c| c.interviewer.trim().to_lowercase());
    let mut items: Vec<(usize, f64, AgendaItem)> = report
        .competencies
        .iter()
        .filter_map(|c| {
            let topics = topics(c, &sorted);
            let (rank, urgency) = match topics.first()? {
                Topic::MustHaveBelowLevel { score, required } => (0, f64::from(*required) - score),
                Topic::RatersDiffer { low, high } => (1, high - low),
                Topic::OneRater { .. } => (2, if c.must_have { 1.0 } else { 0.0 }),
            };
            let item = AgendaItem {
                competency: c.competency,
                must_have: c.must_have,
                weight: c.weight,
                topics,
                notes: sorted.iter().map(|card| note(card, c.competency)).collect(),
            };
            Some((rank, urgency, item))
        })
        .collect();
    // Stable sort over catalogue order: rank, then urgency (larger first), then weight.
    order::sort_by(&mut items, |a, b| {
        a.0.cmp(&b.0)
            .then(b.1.total_cmp(&a.1))
            .then(b.2.weight.cmp(&a.2.weight))
    });
    items.into_iter().map(|(_, _, item)| item).collect()
}

fn topics(c: &CompetencyScore, cards: &[&Scorecard]) -> Vec<Topic> {
    let mut topics = Vec::new();
    let Some(value) = c.score else {
        return topics;
    };
    if c.must_have && c.meets_required == Some(false) {
        topics.push(Topic::MustHaveBelowLevel {
            score: value,
            required: c.required.value(),
        });
    }
    if c.disagreement {
        topics.push(Topic::RatersDiffer {
            low: c.min.unwrap_or(value),
            high: c.max.unwrap_or(value),
        });
    }
    if c.ratings == 1 && (c.weight > 0 || c.must_have) {
        let rater = cards
            .iter()
            .find(|card| rated(card, c.competency).is_some())
            .map_or(String::new(), |card| card.interviewer.clone());
        topics.push(Topic::OneRater { interviewer: rater });
    }
    topics
}

fn rated(card: &Scorecard, competency: Competency) -> Option<f64> {
    evidence(card)
        .into_iter()
        .find(|(c, _)| *c == competency)
        .map(|(_, v)| v)
}

fn note(card: &Scorecard, competency: Competency) -> EvidenceNote {
    EvidenceNote {
        interviewer: card.interviewer.clone(),
        rating: rated(card, competency),
        evidence: card
            .ratings
            .iter()
            .find(|r| r.competency == competency)
            .map_or(String::new(), |r| r.evidence.clone()),
        answer_notes: card
            .answers
            .iter()
            .filter(|a| a.competencies.contains(&competency) && !a.note.trim().is_empty())
            .map(|a| a.note.clone())
            .collect(),
    }
}

/// The note of one interviewer in an item, if they are on it.
pub fn note_of<'a>(item: &'a AgendaItem, interviewer: &str) -> Option<&'a EvidenceNote> {
    item.notes
        .iter()
        .find(|n| same_interviewer(&n.interviewer, interviewer))
}
