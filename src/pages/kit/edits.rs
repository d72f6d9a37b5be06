//! What the undo offer should say after a kit edit, and the budgets a kit was made with.

use crate::components::kit::question_card::short;
use crate::engine::bidi::isolate;
use crate::engine::edit::KitEdit;
use crate::engine::kit::{Kit, KitError, StageBudgets};
use crate::engine::questions::QuestionType;
use crate::engine::role::RoleSpec;

/// Tries the edit on the kit as shown: the refusal to show, or for an edit that threw a
/// question away, the words of its undo offer.
pub fn undo_text(kit: &Kit, spec: &RoleSpec, edit: KitEdit) -> Result<Option<String>, KitError> {
    let removed = edit.apply(&mut Some(kit.clone()), spec)?;
    Ok(removed.map(|item| format!("Removed “{}”.", isolate(&short(item.prompt(), 60)))))
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

    fn kit() -> Kit {
        assemble(&RoleSpec::default(), &StageBudgets::default())
    }

    #[test]
    fn removing_offers_undo_and_other_edits_do_not() {
        let spec = RoleSpec::default();
        let before = kit();
        let gone = before.stages[1].items[0].id().to_string();
        let text = undo_text(&before, &spec, KitEdit::Remove { id: gone.clone() });
        assert!(text.unwrap().unwrap().starts_with("Removed “"));
        let moved = KitEdit::Move { id: gone, to: 1 };
        assert_eq!(undo_text(&before, &spec, moved), Ok(None));
        let missing = KitEdit::Remove { id: "nope".into() };
        assert_eq!(
            undo_text(&before, &spec, missing),
            Err(KitError::NoSuchItem)
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
