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
//! - A question's *usefulness* is the credit it would give to competencies still below target:
//!   Σ over its competencies of min(its credit to c, max(D_c, 0)).
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

use serde::{Deserialize, Serialize};

use super::competency::Competency;
use super::questions::{bank, find, Question, QuestionType};
use super::role::RoleSpec;

mod edit;
pub use edit::{add, add_custom, move_item, next_custom_id, remove, swap, swap_options, KitError};

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
        QuestionType::ALL.iter().map(|&k| u32::from(self.get(k))).sum()
    }
}

/// Why assembly chose a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickReason {
    /// Phase 1: the first question covering this must-have.
    MustHave(Competency),
    /// Phase 2: this weighted competency had the largest deficit.
    Deficit(Competency),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick {
    pub question: &'static Question,
    pub reason: PickReason,
}

/// Credit in sixths of a minute that `q` gives each of its competencies (exact for 1-3).
pub fn credit_units(q: &Question) -> i64 {
    match q.competencies.len() {
        0 => 0,
        n => i64::from(q.minutes) * 6 / n as i64,
    }
}

/// The questions assembly chooses, in the order it chooses them, each with its reason.
pub fn selection(spec: &RoleSpec, budgets: &StageBudgets) -> Vec<Pick> {
    let mut run = Assembly::new(spec, budgets);
    let must: Vec<Competency> = Competency::ALL
        .into_iter()
        .filter(|&c| spec.requirement(c).must_have)
        .collect();
    for &m in &must {
        if run.covered(m) {
            continue;
        }
        let gates = |q: &Question| must.iter().filter(|&&g| q.covers(g) && !run.covered(g)).count();
        let best = run.addable_covering(m).max_by(|a, b| {
            gates(a)
                .cmp(&gates(b))
                .then(run.usefulness(a).cmp(&run.usefulness(b)))
                .then(b.minutes.cmp(&a.minutes))
                .then(b.id.cmp(a.id))
        });
        if let Some(q) = best {
            run.take(q, PickReason::MustHave(m));
        }
    }
    loop {
        // `max_by` keeps the last of equal elements, so earlier catalogue entries must compare greater.
        let target = Competency::ALL
            .into_iter()
            .filter(|&c| run.weight(c) > 0 && run.addable_covering(c).next().is_some())
            .max_by(|&a, &b| {
                run.deficit(a)
                    .cmp(&run.deficit(b))
                    .then(b.index().cmp(&a.index()))
            });
        let Some(c) = target else { break };
        let best = run.addable_covering(c).max_by(|a, b| {
            run.usefulness(a)
                .cmp(&run.usefulness(b))
                .then(b.minutes.cmp(&a.minutes))
                .then(b.id.cmp(a.id))
        });
        match best {
            Some(q) => run.take(q, PickReason::Deficit(c)),
            None => break,
        }
    }
    run.picks
}

/// The running state of one assembly: minutes left per stage and credit per competency.
struct Assembly<'a> {
    spec: &'a RoleSpec,
    total_weight: i64,
    total_units: i64,
    left: [i64; QuestionType::ALL.len()],
    credit: [i64; Competency::ALL.len()],
    picks: Vec<Pick>,
}

impl<'a> Assembly<'a> {
    fn new(spec: &'a RoleSpec, budgets: &StageBudgets) -> Self {
        Assembly {
            spec,
            total_weight: i64::from(weight_total(spec)),
            total_units: i64::from(budgets.total()) * 6,
            left: QuestionType::ALL.map(|k| i64::from(budgets.get(k))),
            credit: [0; Competency::ALL.len()],
            picks: Vec::new(),
        }
    }

    fn weight(&self, c: Competency) -> i64 {
        i64::from(self.spec.requirement(c).weight)
    }

    fn covered(&self, c: Competency) -> bool {
        self.picks.iter().any(|p| p.question.covers(c))
    }

    fn addable_covering(&self, c: Competency) -> impl Iterator<Item = &'static Question> + '_ {
        bank().iter().filter(move |q| {
            q.covers(c)
                && q.fits(self.spec.seniority)
                && i64::from(q.minutes) <= self.left[kind_index(q.kind)]
                && !self.picks.iter().any(|p| p.question.id == q.id)
        })
    }

    /// W·6·(target − credit), exact in integers.
    fn deficit(&self, c: Competency) -> i64 {
        self.weight(c) * self.total_units - self.credit[usize::from(c.index())] * self.total_weight
    }

    fn usefulness(&self, q: &Question) -> i64 {
        let credit = credit_units(q) * self.total_weight;
        q.competencies
            .iter()
            .map(|&c| credit.min(self.deficit(c).max(0)))
            .sum()
    }

    fn take(&mut self, q: &'static Question, reason: PickReason) {
        self.left[kind_index(q.kind)] -= i64::from(q.minutes);
        for &c in q.competencies {
            self.credit[usize::from(c.index())] += credit_units(q);
        }
        self.picks.push(Pick {
            question: q,
            reason,
        });
    }
}

/// Total weight as `RoleSpec::requirement` sees it (one entry per competency).
pub fn weight_total(spec: &RoleSpec) -> u32 {
    Competency::ALL
        .iter()
        .map(|&c| u32::from(spec.requirement(c).weight))
        .sum()
}

/// The kit for a spec: `selection` laid out in one stage per type, each in pick order.
pub fn assemble(spec: &RoleSpec, budgets: &StageBudgets) -> Kit {
    let picks = selection(spec, budgets);
    let stages = QuestionType::ALL
        .iter()
        .map(|&kind| KitStage {
            kind,
            budget_minutes: budgets.get(kind),
            items: picks
                .iter()
                .filter(|p| p.question.kind == kind)
                .map(|p| KitItem::Bank {
                    id: p.question.id.to_string(),
                })
                .collect(),
        })
        .collect();
    Kit { stages }
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
        cs.sort();
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
