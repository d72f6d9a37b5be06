//! The interview kit for a role spec: its stored shape, its assembly and its editing (feature I2).
//!
//! A `Kit` has one stage per `QuestionType` (in `QuestionType::ALL` order), each with a minute
//! budget and an ordered list of items: bank questions (stored by id) or the team's own questions.
//! Kits are stored next to the spec, so a bank id the bank no longer knows (a kit saved by a newer
//! or older version) is kept and shown as "no longer in the bank" with 0 minutes, never a panic.
//!
//! # Minute credit
//! A question's minutes are split evenly among its listed competencies: a 30-minute question on
//! API design and databases credits 15 minutes to each. Assembly counts in sixths of a minute so the
//! split is exact for 1-3 competencies; `coverage` reports the same split in minutes.
//!
//! # Assembly rule (`assemble`, `selection`)
//! With `level` = the spec's seniority, W = total weight, B = the sum of the stage budgets:
//! - A question is *addable* when it is not chosen yet, its level range contains `level`, and its
//!   minutes fit what is left of its own stage's budget.
//! - Competency c has target B·w_c/W minutes and *deficit* D_c = target − minutes credited so far
//!   (compared exactly in integers as w_c·B − a_c·W).
//! - A question's *usefulness* is how much it would shrink the total distance from the targets:
//!   Σ over its competencies of |D_c| − |D_c − its credit to c|. Credit to a competency already
//!   at or over target (every weight-0 one) counts against the question.
//! 1. Must-haves, in catalogue order: if no chosen question covers must-have m yet, add the addable
//!    question covering m that covers the most still-uncovered must-haves, then has the highest
//!    usefulness, then the fewest minutes, then the smallest id. (A must-have is covered even at
//!    weight 0: scoring needs a rating on every gate.)
//! 2. Then repeat: among competencies with weight > 0 that have an addable question, take the one
//!    with the largest deficit (ties: catalogue order), and add the addable question covering it
//!    with the highest usefulness, then the fewest minutes, then the smallest id. Stop when no
//!    weighted competency has an addable question.
//!
//! Consequences the tests pin: same input, same kit; no stage over budget; no question twice; only
//! level-fitting questions; a weight-0 competency gets minutes only from a question that also covers
//! a weighted competency or a must-have; the kit is maximal (no unused level-fitting question on a
//! weighted competency, or on an uncovered must-have, still fits its stage).
//! Items appear in each stage in the order they were chosen: gates first, then by deficit.

use crate::engine::order;
use serde::{Deserialize, Serialize};

use super::competency::Competency;
use super::questions::{find, Question, QuestionType};
use super::role::RoleSpec;

mod assembly;
mod edit;
mod fit;
pub use assembly::{assemble, credit_units, selection, weight_total, Pick, PickReason};
pub use edit::{add, add_custom, move_item, next_custom_id, remove, swap, swap_options, KitError};
pub use fit::{CoverageFit, CLOSE_WITHIN, MIN_TOLERANCE_POINTS};

/// Shown instead of the prompt of a bank id the bank no longer has.
pub const MISSING_PROMPT: &str = "This question is no longer in the bank.";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kit {
    pub stages: Vec<KitStage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitStage {
    pub kind: QuestionType,
    pub budget_minutes: u16,
    pub items: Vec<KitItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum KitItem {
    Bank { id: String },
    Custom(CustomQuestion),
}

/// A question the team wrote themselves; it counts toward coverage like a bank question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomQuestion {
    pub id: String,
    pub prompt: String,
    pub competencies: Vec<Competency>,
    pub minutes: u8,
    pub purpose: String,
}

impl KitItem {
    pub fn id(&self) -> &str {
        match self {
            KitItem::Bank { id } => id,
            KitItem::Custom(c) => &c.id,
        }
    }

    /// The bank question behind the item; `None` for custom items and unknown ids.
    pub fn question(&self) -> Option<&'static Question> {
        match self {
            KitItem::Bank { id } => find(id),
            KitItem::Custom(_) => None,
        }
    }

    pub fn minutes(&self) -> u16 {
        match self {
            KitItem::Bank { .. } => self.question().map_or(0, |q| u16::from(q.minutes)),
            KitItem::Custom(c) => u16::from(c.minutes),
        }
    }

    pub fn competencies(&self) -> &[Competency] {
        match self {
            KitItem::Bank { .. } => self.question().map_or(&[], |q| q.competencies),
            KitItem::Custom(c) => &c.competencies,
        }
    }

    pub fn prompt(&self) -> &str {
        match self {
            KitItem::Bank { .. } => self.question().map_or(MISSING_PROMPT, |q| q.prompt),
            KitItem::Custom(c) => &c.prompt,
        }
    }
}

impl Kit {
    /// True when any stage holds an item with this id.
    pub fn contains(&self, id: &str) -> bool {
        self.stages
            .iter()
            .any(|s| s.items.iter().any(|i| i.id() == id))
    }

    pub fn total_minutes(&self) -> u32 {
        self.stages.iter().map(|s| u32::from(kit_minutes(s))).sum()
    }
}

/// Minutes planned in a stage (saturating: a hand-edited stage can hold many custom items).
pub fn kit_minutes(stage: &KitStage) -> u16 {
    stage
        .items
        .iter()
        .fold(0u16, |sum, i| sum.saturating_add(i.minutes()))
}

/// Minute budget per stage type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageBudgets {
    pub screening: u16,
    pub behavioral: u16,
    pub technical_design: u16,
    pub practical: u16,
}

impl Default for StageBudgets {
    fn default() -> Self {
        StageBudgets {
            screening: 20,
            behavioral: 45,
            technical_design: 60,
            practical: 60,
        }
    }
}

impl StageBudgets {
    pub fn get(&self, kind: QuestionType) -> u16 {
        match kind {
            QuestionType::Screening => self.screening,
            QuestionType::Behavioral => self.behavioral,
            QuestionType::TechnicalDesign => self.technical_design,
            QuestionType::Practical => self.practical,
        }
    }

    pub fn total(&self) -> u32 {
        QuestionType::ALL
            .iter()
            .map(|&k| u32::from(self.get(k)))
            .sum()
    }
}

/// Minutes and share of the kit each competency receives, next to the share its weight asks for.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct CompetencyCoverage {
    pub competency: Competency,
    /// Credited minutes (each item's minutes split evenly among its competencies).
    pub minutes: f32,
    /// Items that list this competency.
    pub questions: usize,
    /// The competency's weight as a percentage of the spec's total weight.
    pub target_share_pct: f32,
    /// Its credited minutes as a percentage of all credited minutes in the kit.
    pub actual_share_pct: f32,
}

/// Coverage for every competency, in catalogue order.
pub fn coverage(kit: &Kit, spec: &RoleSpec) -> Vec<CompetencyCoverage> {
    let items = || kit.stages.iter().flat_map(|s| s.items.iter());
    let mut units = [0u64; Competency::ALL.len()];
    let mut counts = [0usize; Competency::ALL.len()];
    for item in items() {
        let mut cs = item.competencies().to_vec();
        order::sort(&mut cs);
        cs.dedup();
        if cs.is_empty() {
            continue;
        }
        // Six units a minute splits exactly across 1-3 competencies; custom items may list more.
        let share = u64::from(item.minutes()) * 6 / cs.len() as u64;
        for c in cs {
            units[usize::from(c.index())] += share;
            counts[usize::from(c.index())] += 1;
        }
    }
    let all_units: u64 = units.iter().sum();
    let total_w = weight_total(spec);
    Competency::ALL
        .iter()
        .map(|&c| {
            let i = usize::from(c.index());
            CompetencyCoverage {
                competency: c,
                minutes: units[i] as f32 / 6.0,
                questions: counts[i],
                target_share_pct: pct(u64::from(spec.requirement(c).weight), u64::from(total_w)),
                actual_share_pct: pct(units[i], all_units),
            }
        })
        .collect()
}

fn pct(part: u64, whole: u64) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 * 100.0 / whole as f32
    }
}

pub(crate) fn kind_index(kind: QuestionType) -> usize {
    QuestionType::ALL
        .iter()
        .position(|&k| k == kind)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_budgets_match_the_product_defaults() {
        let b = StageBudgets::default();
        let got = QuestionType::ALL.map(|k| b.get(k));
        assert_eq!(got, [20, 45, 60, 60]);
        assert_eq!(b.total(), 185);
    }

    #[test]
    fn credit_splits_minutes_evenly_in_sixths() {
        let q = find("prac-shop-api").unwrap();
        assert_eq!(q.competencies.len(), 3);
        assert_eq!(credit_units(q), i64::from(q.minutes) * 2);
    }

    #[test]
    fn coverage_splits_custom_items_and_ignores_unknown_ids() {
        let kit = Kit {
            stages: vec![KitStage {
                kind: QuestionType::Screening,
                budget_minutes: 20,
                items: vec![
                    KitItem::Custom(CustomQuestion {
                        id: "custom-1".into(),
                        prompt: "Why this team?".into(),
                        competencies: vec![Competency::SoftSkills, Competency::ApiDesign],
                        minutes: 10,
                        purpose: String::new(),
                    }),
                    KitItem::Bank { id: "gone".into() },
                ],
            }],
        };
        assert_eq!(kit_minutes(&kit.stages[0]), 10);
        let cov = coverage(&kit, &RoleSpec::default());
        let soft = cov[usize::from(Competency::SoftSkills.index())];
        assert_eq!((soft.minutes, soft.questions), (5.0, 1));
        assert!((soft.actual_share_pct - 50.0).abs() < 1e-4);
        assert!((soft.target_share_pct - 100.0 / 14.0).abs() < 1e-4);
    }

    #[test]
    fn kit_round_trips_through_json() {
        let kit = assemble(&RoleSpec::default(), &StageBudgets::default());
        let json = serde_json::to_string(&kit).unwrap();
        assert!(json.contains(r#""source":"bank""#));
        assert_eq!(serde_json::from_str::<Kit>(&json).unwrap(), kit);
    }
}
