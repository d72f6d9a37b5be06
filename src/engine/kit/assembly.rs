//! Kit assembly: turns a role spec and stage budgets into the questions of a kit.
//!
//! Implements the assembly rule written out in the `kit` module header (must-haves first, then
//! greedy by largest deficit between a competency's weight share of the total budget and the
//! minutes credited to it). `selection` exposes the picks with their reasons, so the UI can say why
//! a question is in the kit and the tests can re-derive every step.

use super::{kind_index, Kit, KitItem, KitStage, StageBudgets};
use crate::engine::competency::Competency;
use crate::engine::questions::{bank, Question, QuestionType};
use crate::engine::role::RoleSpec;

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
        let gates = |q: &Question| {
            must.iter()
                .filter(|&&g| q.covers(g) && !run.covered(g))
                .count()
        };
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

    /// How much adding `q` shrinks Σ|deficit|: the L1 distance between targets and credit.
    fn usefulness(&self, q: &Question) -> i64 {
        let credit = credit_units(q) * self.total_weight;
        q.competencies
            .iter()
            .map(|&c| {
                let d = self.deficit(c);
                d.abs() - (d - credit).abs()
            })
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
