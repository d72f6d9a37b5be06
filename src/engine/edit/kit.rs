//! One change to the interview kit kept with a spec. Items are named by question id, not by
//! position, so an edit still means the same question after another tab reordered the kit.

use crate::engine::kit::{
    add, add_custom, assemble, move_item, remove, swap, CustomQuestion, Kit, KitError, KitItem,
    StageBudgets,
};
use crate::engine::role::RoleSpec;

#[derive(Clone, Debug, PartialEq)]
pub enum KitEdit {
    /// A fresh selection for the spec as it is now, within these minutes.
    Assemble {
        budgets: StageBudgets,
    },
    /// Puts back the kit as it was before a removal or re-assembly (undo).
    Restore {
        kit: Option<Kit>,
    },
    /// Moves a question to position `to` within its stage.
    Move {
        id: String,
        to: usize,
    },
    /// Replaces a question with the bank question `with`.
    Swap {
        id: String,
        with: &'static str,
    },
    Remove {
        id: String,
    },
    Add {
        id: &'static str,
    },
    Custom {
        stage: usize,
        question: CustomQuestion,
    },
}

impl KitEdit {
    /// Makes the edit; on a refusal the kit is untouched. Returns the item a removal took out.
    pub fn apply(
        self,
        kit: &mut Option<Kit>,
        spec: &RoleSpec,
    ) -> Result<Option<KitItem>, KitError> {
        let edit = match self {
            KitEdit::Assemble { budgets } => {
                *kit = Some(assemble(spec, &budgets));
                return Ok(None);
            }
            KitEdit::Restore { kit: earlier } => {
                *kit = earlier;
                return Ok(None);
            }
            edit => edit,
        };
        let current = kit.as_mut().ok_or(KitError::NoSuchStage)?;
        let mut next = current.clone();
        let mut removed = None;
        match edit {
            KitEdit::Move { id, to } => {
                let (stage, from) = locate(&next, &id)?;
                move_item(&mut next, stage, from, to)?;
            }
            KitEdit::Swap { id, with } => {
                let (stage, item) = locate(&next, &id)?;
                swap(&mut next, stage, item, with)?;
            }
            KitEdit::Remove { id } => {
                let (stage, item) = locate(&next, &id)?;
                removed = Some(remove(&mut next, stage, item)?);
            }
            KitEdit::Add { id } => add(&mut next, id)?,
            KitEdit::Custom { stage, question } => {
                add_custom(&mut next, stage, question)?;
            }
            KitEdit::Assemble { .. } | KitEdit::Restore { .. } => {}
        }
        *current = next;
        Ok(removed)
    }
}

/// (stage, position) of the item with this id.
fn locate(kit: &Kit, id: &str) -> Result<(usize, usize), KitError> {
    kit.stages
        .iter()
        .enumerate()
        .find_map(|(s, stage)| {
            let at = stage.items.iter().position(|i| i.id() == id)?;
            Some((s, at))
        })
        .ok_or(KitError::NoSuchItem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::Competency;

    fn assembled() -> Option<Kit> {
        let mut kit = None;
        let budgets = StageBudgets::default();
        KitEdit::Assemble { budgets }
            .apply(&mut kit, &RoleSpec::default())
            .unwrap();
        kit
    }

    fn ids(kit: &Option<Kit>, stage: usize) -> Vec<String> {
        kit.as_ref().unwrap().stages[stage]
            .items
            .iter()
            .map(|i| i.id().to_string())
            .collect()
    }

    #[test]
    fn moves_and_removals_name_the_question_not_its_place() {
        let spec = RoleSpec::default();
        let mut kit = assembled();
        let before = ids(&kit, 1);
        let (first, second) = (before[0].clone(), before[1].clone());
        KitEdit::Move {
            id: first.clone(),
            to: 1,
        }
        .apply(&mut kit, &spec)
        .unwrap();
        assert_eq!(ids(&kit, 1)[..2], [second.clone(), first.clone()]);
        let removed = KitEdit::Remove { id: first.clone() }
            .apply(&mut kit, &spec)
            .unwrap();
        assert_eq!(removed.map(|i| i.id().to_string()), Some(first.clone()));
        assert!(!kit.as_ref().unwrap().contains(&first));
        assert_eq!(ids(&kit, 1)[0], second);
    }

    #[test]
    fn a_refused_edit_leaves_the_kit_alone() {
        let spec = RoleSpec::default();
        let mut kit = assembled();
        let before = kit.clone();
        let gone = KitEdit::Remove { id: "nope".into() };
        assert_eq!(gone.apply(&mut kit, &spec), Err(KitError::NoSuchItem));
        let custom = KitEdit::Custom {
            stage: 0,
            question: CustomQuestion {
                id: String::new(),
                prompt: "  ".into(),
                competencies: vec![Competency::SoftSkills],
                minutes: 5,
                purpose: String::new(),
            },
        };
        assert_eq!(custom.apply(&mut kit, &spec), Err(KitError::EmptyPrompt));
        assert_eq!(kit, before);
        let mut none = None;
        let add = KitEdit::Add { id: "x" };
        assert_eq!(add.apply(&mut none, &spec), Err(KitError::NoSuchStage));
    }

    #[test]
    fn restore_puts_back_the_earlier_kit() {
        let spec = RoleSpec::default();
        let earlier = assembled();
        let mut kit = earlier.clone();
        let first = ids(&kit, 1)[0].clone();
        KitEdit::Remove { id: first }
            .apply(&mut kit, &spec)
            .unwrap();
        assert_ne!(kit, earlier);
        KitEdit::Restore {
            kit: earlier.clone(),
        }
        .apply(&mut kit, &spec)
        .unwrap();
        assert_eq!(kit, earlier);
    }
}
