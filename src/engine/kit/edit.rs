//! Editing a kit by hand: swap, add, remove, reorder and custom questions.
//!
//! Every edit is a pure function on `&mut Kit` that either applies fully or returns a `KitError`
//! and leaves the kit untouched. Edits keep two invariants: an id appears at most once in a kit,
//! and a bank question sits in the stage of its own type. They do not enforce the stage budget: a
//! person may choose to run long, and the UI shows `kit_minutes` against `budget_minutes`.
//!
//! Swap options for an item: bank questions of the stage's type that share at least one competency
//! with the item, are not in the kit yet and whose level range contains the spec's seniority; listed
//! by how many competencies they share (most first), then in bank order.

use crate::engine::order;
use std::fmt;

use super::{CustomQuestion, Kit, KitItem, KitStage};
use crate::engine::questions::{bank, find, Question};
use crate::engine::role::RoleSpec;

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KitError {
    NoSuchStage,
    NoSuchItem,
    UnknownQuestion,
    AlreadyInKit,
    /// A bank question may only go into the stage of its own type.
    WrongStage,
    EmptyPrompt,
    /// A custom question needs 1-3 competencies.
    CompetencyCount,
    ZeroMinutes,
}

impl fmt::Display for KitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KitError::NoSuchStage => "That stage is not in this kit.",
            KitError::NoSuchItem => "That question is not in this stage.",
            KitError::UnknownQuestion => "That question is not in the bank.",
            KitError::AlreadyInKit => "That question is already in the kit.",
            KitError::WrongStage => "A bank question can only go into the stage of its own type.",
            KitError::EmptyPrompt => "Write the question before adding it.",
            KitError::CompetencyCount => "Pick one to three competencies for the question.",
            KitError::ZeroMinutes => "Give the question at least one minute.",
        })
    }
}

impl std::error::Error for KitError {}

fn stage_mut(kit: &mut Kit, stage_idx: usize) -> Result<&mut KitStage, KitError> {
    kit.stages.get_mut(stage_idx).ok_or(KitError::NoSuchStage)
}

/// Replacement candidates for one item (rule in the module header). Empty for bad indices.
pub fn swap_options(
    kit: &Kit,
    stage_idx: usize,
    item_idx: usize,
    spec: &RoleSpec,
) -> Vec<&'static Question> {
    let Some(stage) = kit.stages.get(stage_idx) else {
        return Vec::new();
    };
    let Some(item) = stage.items.get(item_idx) else {
        return Vec::new();
    };
    let shared = |q: &Question| {
        q.competencies
            .iter()
            .filter(|c| item.competencies().contains(c))
            .count()
    };
    let mut options: Vec<&'static Question> = bank()
        .iter()
        .filter(|q| q.kind == stage.kind && q.fits(spec.seniority))
        .filter(|q| shared(q) > 0 && !kit.contains(q.id))
        .collect();
    // A stable sort keeps bank order among equals.
    order::sort_by_key(&mut options, |q| std::cmp::Reverse(shared(q)));
    options
}

/// Replaces an item with the bank question `new_id`.
pub fn swap(
    kit: &mut Kit,
    stage_idx: usize,
    item_idx: usize,
    new_id: &str,
) -> Result<(), KitError> {
    let q = find(new_id).ok_or(KitError::UnknownQuestion)?;
    let current = kit
        .stages
        .get(stage_idx)
        .ok_or(KitError::NoSuchStage)?
        .items
        .get(item_idx)
        .ok_or(KitError::NoSuchItem)?;
    if current.id() == new_id {
        return Ok(());
    }
    if kit.contains(new_id) {
        return Err(KitError::AlreadyInKit);
    }
    let stage = stage_mut(kit, stage_idx)?;
    if stage.kind != q.kind {
        return Err(KitError::WrongStage);
    }
    stage.items[item_idx] = KitItem::Bank {
        id: q.id.to_string(),
    };
    Ok(())
}

/// Appends a bank question to the end of the stage of its type.
pub fn add(kit: &mut Kit, id: &str) -> Result<(), KitError> {
    let q = find(id).ok_or(KitError::UnknownQuestion)?;
    if kit.contains(id) {
        return Err(KitError::AlreadyInKit);
    }
    let stage = kit
        .stages
        .iter_mut()
        .find(|s| s.kind == q.kind)
        .ok_or(KitError::NoSuchStage)?;
    stage.items.push(KitItem::Bank {
        id: q.id.to_string(),
    });
    Ok(())
}

/// Removes an item and returns it, so the caller can offer undo.
pub fn remove(kit: &mut Kit, stage_idx: usize, item_idx: usize) -> Result<KitItem, KitError> {
    let stage = stage_mut(kit, stage_idx)?;
    if item_idx >= stage.items.len() {
        return Err(KitError::NoSuchItem);
    }
    Ok(stage.items.remove(item_idx))
}

/// Moves an item within its stage; the others keep their relative order.
pub fn move_item(kit: &mut Kit, stage_idx: usize, from: usize, to: usize) -> Result<(), KitError> {
    let stage = stage_mut(kit, stage_idx)?;
    if from >= stage.items.len() || to >= stage.items.len() {
        return Err(KitError::NoSuchItem);
    }
    let item = stage.items.remove(from);
    stage.items.insert(to, item);
    Ok(())
}

/// The first free id of the form "custom-N" (N from 1): deterministic, never a bank id.
pub fn next_custom_id(kit: &Kit) -> String {
    (1u32..)
        .map(|n| format!("custom-{n}"))
        .find(|id| !kit.contains(id) && find(id).is_none())
        .unwrap_or_default()
}

/// Adds the team's own question at the end of a stage. An empty or taken id is replaced by
/// `next_custom_id`; the prompt and purpose are trimmed. Returns the id used.
pub fn add_custom(
    kit: &mut Kit,
    stage_idx: usize,
    mut question: CustomQuestion,
) -> Result<String, KitError> {
    if stage_idx >= kit.stages.len() {
        return Err(KitError::NoSuchStage);
    }
    question.prompt = question.prompt.trim().to_string();
    question.purpose = question.purpose.trim().to_string();
    order::sort(&mut question.competencies);
    question.competencies.dedup();
    if question.prompt.is_empty() {
        return Err(KitError::EmptyPrompt);
    }
    if question.competencies.is_empty() || question.competencies.len() > 3 {
        return Err(KitError::CompetencyCount);
    }
    if question.minutes == 0 {
        return Err(KitError::ZeroMinutes);
    }
    let id = question.id.trim();
    if id.is_empty() || kit.contains(id) || find(id).is_some() {
        question.id = next_custom_id(kit);
    } else {
        question.id = id.to_string();
    }
    let id = question.id.clone();
    stage_mut(kit, stage_idx)?
        .items
        .push(KitItem::Custom(question));
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::Competency;
    use crate::engine::kit::{assemble, StageBudgets};
    use crate::engine::questions::QuestionType;

    fn kit() -> Kit {
        assemble(&RoleSpec::default(), &StageBudgets::default())
    }

    fn custom(prompt: &str) -> CustomQuestion {
        CustomQuestion {
            id: String::new(),
            prompt: prompt.to_string(),
            competencies: vec![Competency::SoftSkills],
            minutes: 5,
            purpose: String::new(),
        }
    }

    #[test]
    fn swap_options_share_a_competency_and_stay_in_type() {
        let k = kit();
        let spec = RoleSpec::default();
        let item = &k.stages[1].items[0];
        for q in swap_options(&k, 1, 0, &spec) {
            assert_eq!(q.kind, QuestionType::Behavioral);
            assert!(q
                .competencies
                .iter()
                .any(|c| item.competencies().contains(c)));
            assert!(!k.contains(q.id));
            assert!(q.fits(spec.seniority));
        }
        assert!(swap_options(&k, 9, 0, &spec).is_empty());
        assert!(swap_options(&k, 0, 99, &spec).is_empty());
    }

    #[test]
    fn swap_refuses_duplicates_and_wrong_stage() {
        let mut k = kit();
        let other_stage_id = k.stages[2].items[0].id().to_string();
        let same_stage_id = k.stages[1].items[1].id().to_string();
        let before = k.clone();
        assert_eq!(
            swap(&mut k, 1, 0, &same_stage_id),
            Err(KitError::AlreadyInKit)
        );
        assert_eq!(swap(&mut k, 1, 0, "nope"), Err(KitError::UnknownQuestion));
        assert_eq!(
            swap(&mut k, 0, 0, &other_stage_id),
            Err(KitError::AlreadyInKit)
        );
        assert_eq!(k, before);
        let option = swap_options(&k, 1, 0, &RoleSpec::default())[0].id;
        swap(&mut k, 1, 0, option).unwrap();
        assert_eq!(k.stages[1].items[0].id(), option);
    }

    #[test]
    fn remove_add_and_move_round_trip() {
        let mut k = kit();
        let before = k.clone();
        let removed = remove(&mut k, 1, 0).unwrap();
        add(&mut k, removed.id()).unwrap();
        let last = k.stages[1].items.len() - 1;
        move_item(&mut k, 1, last, 0).unwrap();
        assert_eq!(k, before);
        assert_eq!(move_item(&mut k, 1, 0, 99), Err(KitError::NoSuchItem));
        assert_eq!(remove(&mut k, 7, 0), Err(KitError::NoSuchStage));
    }

    #[test]
    fn custom_questions_get_free_ids_and_are_validated() {
        let mut k = kit();
        assert_eq!(
            add_custom(&mut k, 0, custom("Why us?")).unwrap(),
            "custom-1"
        );
        assert_eq!(
            add_custom(&mut k, 0, custom("And why now?")).unwrap(),
            "custom-2"
        );
        assert_eq!(
            add_custom(&mut k, 0, custom("   ")),
            Err(KitError::EmptyPrompt)
        );
        let mut none = custom("x");
        none.competencies.clear();
        assert_eq!(add_custom(&mut k, 0, none), Err(KitError::CompetencyCount));
        let mut zero = custom("x");
        zero.minutes = 0;
        assert_eq!(add_custom(&mut k, 0, zero), Err(KitError::ZeroMinutes));
        assert_eq!(
            add_custom(&mut k, 9, custom("x")),
            Err(KitError::NoSuchStage)
        );
    }
}
