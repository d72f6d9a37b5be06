//! Rules for a role spec: hard limits and validation (R1), weight shares and warnings (R6).
//!
//! Limits are measured in UTF-8 bytes, so a title of 120 bytes is 120 ASCII letters or 30 emoji.
//! They are chosen so the largest valid spec (every text at its limit, incompressible) still fits
//! a share link of at most 2,000 characters: the raw body is at most `MAX_SPEC_BODY_BYTES`, the
//! envelope adds 8 bytes, and base64 turns 3 bytes into 4 characters (tested below and in
//! `tests/share_links.rs`).
//!
//! Weight shares use the largest-remainder method: each competency first gets the floor of
//! `100 * weight / total`, then the points still missing from 100 go, one each, to the largest
//! remainders (ties to the earlier competency). Shares therefore always sum to exactly 100.
//!
//! Problems block saving and sharing; warnings only advise.

mod warnings;

pub use warnings::{warnings, SpecWarning, WarningKind};

use crate::engine::order;
use std::collections::HashSet;
use std::fmt;

use super::competency::Competency;
use super::role::RoleSpec;

pub const TITLE_MAX_BYTES: usize = 120;
pub const LANGUAGE_MAX_BYTES: usize = 40;
/// Frameworks, data stores and cloud each hold at most this many items.
pub const LIST_MAX_ITEMS: usize = 8;
pub const ITEM_MAX_BYTES: usize = 40;
pub const YEARS_MAX: u8 = 40;
/// A working day is 8 hours, so no overlap can exceed it.
pub const OVERLAP_MAX_HOURS: u8 = 8;
pub const WEIGHT_MAX: u8 = 10;
/// Annual budget ceiling in US dollars: catches a slipped extra zero.
pub const BUDGET_MAX_USD: u32 = 2_000_000;

/// Upper bound on the encoded body of a valid spec, in bytes (see `share` for the layout):
/// fixed fields 7, three years/overlap bytes and varint headers, budget 2 x 5, region mask 2,
/// competencies 1 + 2 each, text lengths 1 each, list counts 1 each, then the texts.
pub const MAX_SPEC_BODY_BYTES: usize = 7
    + 2 * 5
    + 2
    + 1
    + 2 * Competency::ALL.len()
    + (1 + TITLE_MAX_BYTES)
    + (1 + LANGUAGE_MAX_BYTES)
    + 3 * (1 + LIST_MAX_ITEMS * (1 + ITEM_MAX_BYTES));

/// Which part of the spec a problem is about (the builder highlights that field).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecField {
    Title,
    Years,
    Language,
    Frameworks,
    DataStores,
    Cloud,
    Competencies,
    Regions,
    Overlap,
    Budget,
}

impl SpecField {
    pub fn label(self) -> &'static str {
        match self {
            SpecField::Title => "Title",
            SpecField::Years => "Years of experience",
            SpecField::Language => "Primary language",
            SpecField::Frameworks => "Frameworks",
            SpecField::DataStores => "Data stores",
            SpecField::Cloud => "Cloud",
            SpecField::Competencies => "Competencies",
            SpecField::Regions => "Regions",
            SpecField::Overlap => "Time-zone overlap",
            SpecField::Budget => "Budget",
        }
    }
}

/// Something that makes a spec invalid, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecProblem {
    pub field: SpecField,
    pub message: String,
}

impl fmt::Display for SpecProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field.label(), self.message)
    }
}

/// Every problem in the spec, or `Ok` when it can be saved and shared.
pub fn validate(spec: &RoleSpec) -> Result<(), Vec<SpecProblem>> {
    let mut problems = Vec::new();
    let mut add = |field, message: String| problems.push(SpecProblem { field, message });

    if spec.title.trim().is_empty() {
        add(SpecField::Title, "give the role a title.".into());
    }
    if let Some(msg) = text_problem(&spec.title, TITLE_MAX_BYTES) {
        add(SpecField::Title, msg);
    }
    if let Some(msg) = text_problem(&spec.language, LANGUAGE_MAX_BYTES) {
        add(SpecField::Language, msg);
    }
    for (field, items) in [
        (SpecField::Frameworks, &spec.frameworks),
        (SpecField::DataStores, &spec.data_stores),
        (SpecField::Cloud, &spec.cloud),
    ] {
        if let Some(msg) = list_problem(items) {
            add(field, msg);
        }
    }

    if spec.min_years > YEARS_MAX || spec.max_years.is_some_and(|m| m > YEARS_MAX) {
        add(
            SpecField::Years,
            format!("years must be {YEARS_MAX} or fewer."),
        );
    }
    if spec.max_years.is_some_and(|max| spec.min_years > max) {
        add(SpecField::Years, "the minimum is above the maximum.".into());
    }

    let mut seen = HashSet::new();
    for req in &spec.competencies {
        if !seen.insert(req.competency) {
            add(
                SpecField::Competencies,
                format!("{} is listed twice.", req.competency.label()),
            );
        }
        if req.weight > WEIGHT_MAX {
            add(
                SpecField::Competencies,
                format!(
                    "the weight of {} must be 0 to {WEIGHT_MAX}.",
                    req.competency.label()
                ),
            );
        }
    }

    if spec.regions.is_empty() {
        add(
            SpecField::Regions,
            "choose at least one region to hire in.".into(),
        );
    }
    let distinct: HashSet<_> = spec.regions.iter().collect();
    if distinct.len() != spec.regions.len() {
        add(SpecField::Regions, "a region is listed twice.".into());
    }
    if spec.min_overlap_hours > OVERLAP_MAX_HOURS {
        add(
            SpecField::Overlap,
            format!("a working day has only {OVERLAP_MAX_HOURS} hours to share."),
        );
    }

    if let Some(budget) = spec.budget {
        if budget.min > budget.max {
            add(
                SpecField::Budget,
                "the minimum is above the maximum.".into(),
            );
        }
        if budget.max > BUDGET_MAX_USD {
            add(
                SpecField::Budget,
                format!("enter an annual amount up to {BUDGET_MAX_USD} US dollars."),
            );
        }
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn text_problem(text: &str, max_bytes: usize) -> Option<String> {
    if text.len() > max_bytes {
        Some(format!(
            "too long ({} bytes; the limit is {max_bytes}, and accented letters or emoji count as 2-4).",
            text.len()
        ))
    } else if text.chars().any(char::is_control) {
        Some("remove line breaks and other invisible control characters.".into())
    } else {
        None
    }
}

fn list_problem(items: &[String]) -> Option<String> {
    if items.len() > LIST_MAX_ITEMS {
        return Some(format!("keep it to {LIST_MAX_ITEMS} items or fewer."));
    }
    if items.iter().any(|i| i.trim().is_empty()) {
        return Some("remove the empty item.".into());
    }
    items.iter().find_map(|i| text_problem(i, ITEM_MAX_BYTES))
}

/// Puts the spec in the order a share link reproduces: regions in catalogue order.
/// Everything else already round-trips as it is.
pub fn normalize(spec: &mut RoleSpec) {
    order::sort_by_key(&mut spec.regions, |r| r.index());
}

/// Whole-percent shares of 100 per competency, in the spec's order (largest remainder; see top).
pub fn weight_shares(spec: &RoleSpec) -> Vec<(Competency, u8)> {
    let total = spec.total_weight();
    if total == 0 {
        return spec
            .competencies
            .iter()
            .map(|r| (r.competency, 0))
            .collect();
    }
    let mut shares: Vec<(Competency, u32, u32)> = spec
        .competencies
        .iter()
        .map(|r| {
            let scaled = 100 * u32::from(r.weight);
            (r.competency, scaled / total, scaled % total)
        })
        .collect();
    let given: u32 = shares.iter().map(|s| s.1).sum();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    crate::engine::order::sort_by(&mut order, |&a, &b| {
        shares[b].2.cmp(&shares[a].2).then(a.cmp(&b))
    });
    for &i in order.iter().take(100u32.saturating_sub(given) as usize) {
        if let Some(share) = shares.get_mut(i) {
            share.1 += 1;
        }
    }
    shares
        .into_iter()
        .map(|(c, share, _)| (c, share.min(100) as u8))
        .collect()
}

/// A spec with every field at its limit and text that no compressor can shrink: the worst case
/// for link length. Deterministic (a fixed pseudo-random sequence of 4-byte characters).
pub fn largest_valid_spec() -> RoleSpec {
    use super::competency::Rating;
    use super::region::Region;
    use super::role::{
        AiTier, Budget, CompetencyReq, Employment, EnglishLevel, ProductStage, Seniority,
    };

    let mut state: u32 = 0x2545_F491;
    let mut text = |bytes: usize| -> String {
        (0..bytes / 4)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                // Supplementary planes 1-3: always 4 bytes in UTF-8, all valid scalar values.
                char::from_u32(0x1_0000 + state % 0x3_0000).unwrap_or('\u{1F600}')
            })
            .collect()
    };
    let mut list = || {
        (0..LIST_MAX_ITEMS)
            .map(|_| text(ITEM_MAX_BYTES))
            .collect::<Vec<_>>()
    };
    let (frameworks, data_stores, cloud) = (list(), list(), list());
    RoleSpec {
        title: text(TITLE_MAX_BYTES),
        stage: ProductStage::Mature,
        seniority: Seniority::Staff,
        min_years: YEARS_MAX,
        max_years: Some(YEARS_MAX),
        language: text(LANGUAGE_MAX_BYTES),
        frameworks,
        data_stores,
        cloud,
        competencies: Competency::ALL
            .iter()
            .rev()
            .map(|&competency| CompetencyReq {
                competency,
                weight: WEIGHT_MAX,
                required: Rating::Strong,
                must_have: true,
            })
            .collect(),
        ai_tier: AiTier::Native,
        regions: Region::ALL.to_vec(),
        team_region: Region::CostaRica,
        min_overlap_hours: OVERLAP_MAX_HOURS,
        english: EnglishLevel::Native,
        employment: Employment::Contractor,
        budget: Some(Budget {
            min: BUDGET_MAX_USD,
            max: BUDGET_MAX_USD,
        }),
    }
}

#[cfg(test)]
mod tests;
