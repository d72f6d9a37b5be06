//! Applying a kit edit with the engine, and what the undo offer should say after it.

use crate::components::kit::kit_item::KitEdit;
use crate::components::kit::question_card::short;
use crate::engine::kit::{add, add_custom, move_item, remove, swap, Kit, KitError, StageBudgets};
use crate::engine::questions::QuestionType;

/// The edited kit, and for an edit that threw something away, the words of its undo offer.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub kit: Kit,
    pub undo: Option<String>,
}

pub fn apply(kit: &Kit, edit: KitEdit) -> Result<Outcome, KitError> {
    let mut next = kit.clone();
    let undo = match edit {
        KitEdit::Move { stage, from, to } => {
            move_item(&mut next, stage, from, to).map(|()| None)?
        }
        KitEdit::Swap { stage, item, id } => swap(&mut next, stage, item, id).map(|()| None)?,
        KitEdit::Add { id } => add(&mut next, id).map(|()| None)?,
        KitEdit::Custom { stage, question } => {
            add_custom(&mut next, stage, question).map(|_| None)?
        }
        KitEdit::Remove { stage, item } => {
            let removed = remove(&mut next, stage, item)?;
            Some(format!("Removed “{}”.", short(removed.prompt(), 60)))
        }
    };
    Ok(Outcome { kit: next, undo })
}

/// The stage budgets a kit was made with, so re-assembling starts from them.
pub fn budgets_of(kit: &Kit) -> StageBudgets {
    let defaults = StageBudgets::default();
    let get = |kind: QuestionType| {
        kit.stages
            .iter()
            .find(|s| s.kind == kind)
            .map_or(defaults.get(kind), |s| s.budget_minutes)
    };
    StageBudgets {
        screening: get(QuestionType::Screening),
        behavioral: get(QuestionType::Behavioral),
        technical_design: get(QuestionType::TechnicalDesign),
        practical: get(QuestionType::Practical),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::kit::assemble;
    use crate::engine::role::RoleSpec;

    fn kit() -> Kit {
        assemble(&RoleSpec::default(), &StageBudgets::default())
    }

    #[test]
    fn removing_offers_undo_and_other_edits_do_not() {
        let before = kit();
        let gone = before.stages[1].items[0].id().to_string();
        let out = apply(&before, KitEdit::Remove { stage: 1, item: 0 }).unwrap();
        assert!(!out.kit.contains(&gone));
        assert!(out.undo.unwrap().starts_with("Removed “"));
        let moved = apply(
            &before,
            KitEdit::Move {
                stage: 1,
                from: 0,
                to: 1,
            },
        )
        .unwrap();
        assert_eq!(moved.undo, None);
        assert_eq!(moved.kit.stages[1].items[1].id(), gone);
    }

    #[test]
    fn a_refused_edit_leaves_the_kit_alone() {
        let before = kit();
        assert_eq!(
            apply(&before, KitEdit::Remove { stage: 9, item: 0 }),
            Err(KitError::NoSuchStage)
        );
    }

    #[test]
    fn budgets_come_back_from_the_kit() {
        let budgets = StageBudgets {
            screening: 10,
            behavioral: 0,
            technical_design: 90,
            practical: 30,
        };
        let kit = assemble(&RoleSpec::default(), &budgets);
        assert_eq!(budgets_of(&kit), budgets);
        assert_eq!(budgets_of(&Kit::default()), StageBudgets::default());
    }
}
