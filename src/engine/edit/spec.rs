//! One change to a role spec, as the builder's controls report it.

use crate::engine::competency::{Competency, Rating};
use crate::engine::region::Region;
use crate::engine::role::{
    AiTier, Budget, CompetencyReq, Employment, EnglishLevel, ProductStage, RoleSpec, Seniority,
};
use crate::engine::spec_rules;

#[derive(Clone, Debug, PartialEq)]
pub enum SpecEdit {
    Rename {
        title: String,
    },
    Stage {
        stage: ProductStage,
    },
    Seniority {
        seniority: Seniority,
    },
    MinYears {
        years: u8,
    },
    /// `None` is an open upper bound ("5+ years").
    MaxYears {
        years: Option<u8>,
    },
    Language {
        language: String,
    },
    Frameworks {
        items: Vec<String>,
    },
    DataStores {
        items: Vec<String>,
    },
    Cloud {
        items: Vec<String>,
    },
    Weight {
        competency: Competency,
        weight: u8,
    },
    Required {
        competency: Competency,
        rating: Rating,
    },
    MustHave {
        competency: Competency,
        must_have: bool,
    },
    AiTier {
        tier: AiTier,
    },
    /// A region chosen (true) or dropped (false).
    Region {
        region: Region,
        chosen: bool,
    },
    TeamRegion {
        region: Region,
    },
    Overlap {
        hours: u8,
    },
    English {
        level: EnglishLevel,
    },
    Employment {
        employment: Employment,
    },
    Budget {
        budget: Option<Budget>,
    },
}

impl SpecEdit {
    /// Makes the edit, keeping the order a share link reproduces (`normalize`). True if the
    /// spec changed.
    pub fn apply(self, spec: &mut RoleSpec) -> bool {
        let before = spec.clone();
        match self {
            SpecEdit::Rename { title } => spec.title = title,
            SpecEdit::Stage { stage } => spec.stage = stage,
            SpecEdit::Seniority { seniority } => spec.seniority = seniority,
            SpecEdit::MinYears { years } => spec.min_years = years,
            SpecEdit::MaxYears { years } => spec.max_years = years,
            SpecEdit::Language { language } => spec.language = language,
            SpecEdit::Frameworks { items } => spec.frameworks = items,
            SpecEdit::DataStores { items } => spec.data_stores = items,
            SpecEdit::Cloud { items } => spec.cloud = items,
            SpecEdit::Weight { competency, weight } => {
                requirement_mut(spec, competency).weight = weight
            }
            SpecEdit::Required { competency, rating } => {
                requirement_mut(spec, competency).required = rating
            }
            SpecEdit::MustHave {
                competency,
                must_have,
            } => requirement_mut(spec, competency).must_have = must_have,
            SpecEdit::AiTier { tier } => spec.ai_tier = tier,
            SpecEdit::Region { region, chosen } => {
                spec.regions.retain(|r| *r != region);
                if chosen {
                    spec.regions.push(region);
                }
            }
            SpecEdit::TeamRegion { region } => spec.team_region = region,
            SpecEdit::Overlap { hours } => spec.min_overlap_hours = hours,
            SpecEdit::English { level } => spec.english = level,
            SpecEdit::Employment { employment } => spec.employment = employment,
            SpecEdit::Budget { budget } => spec.budget = budget,
        }
        spec_rules::normalize(spec);
        *spec != before
    }

    /// The spec with this edit made.
    pub fn applied_to(self, spec: &RoleSpec) -> RoleSpec {
        let mut next = spec.clone();
        self.apply(&mut next);
        next
    }
}

/// The spec's entry for a competency, added in catalogue order when a spec lacks it.
fn requirement_mut(spec: &mut RoleSpec, competency: Competency) -> &mut CompetencyReq {
    let at = match spec
        .competencies
        .iter()
        .position(|r| r.competency == competency)
    {
        Some(at) => at,
        None => {
            let req = spec.requirement(competency);
            let at = spec
                .competencies
                .iter()
                .position(|r| r.competency > competency)
                .unwrap_or(spec.competencies.len());
            spec.competencies.insert(at, req);
            at
        }
    };
    &mut spec.competencies[at]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_stay_in_catalogue_order_whatever_the_click_order() {
        let spec = RoleSpec {
            regions: vec![Region::Brazil],
            ..RoleSpec::default()
        };
        let pick = |region, chosen| SpecEdit::Region { region, chosen };
        let spec = pick(Region::Mexico, true).applied_to(&spec);
        let spec = pick(Region::UsEastern, true).applied_to(&spec);
        assert_eq!(
            spec.regions,
            vec![Region::UsEastern, Region::Mexico, Region::Brazil]
        );
        let spec = pick(Region::Mexico, false).applied_to(&spec);
        assert_eq!(spec.regions, vec![Region::UsEastern, Region::Brazil]);
        // Choosing a region twice keeps it once, and is not a change.
        let mut again = spec.clone();
        assert!(!pick(Region::Brazil, true).apply(&mut again));
        assert_eq!(again, spec);
    }

    #[test]
    fn competency_edits_touch_only_their_area() {
        let caching = Competency::Caching;
        let spec = RoleSpec::default();
        let spec = SpecEdit::Weight {
            competency: caching,
            weight: 9,
        }
        .applied_to(&spec);
        let spec = SpecEdit::MustHave {
            competency: caching,
            must_have: true,
        }
        .applied_to(&spec);
        let spec = SpecEdit::Required {
            competency: caching,
            rating: Rating::Strong,
        }
        .applied_to(&spec);
        let req = spec.requirement(caching);
        assert_eq!(
            (req.weight, req.must_have, req.required),
            (9, true, Rating::Strong)
        );
        assert_eq!(spec.must_haves().count(), 1);
        assert_eq!(spec.total_weight(), 13 * 5 + 9);
    }

    #[test]
    fn a_missing_competency_is_added_in_catalogue_order() {
        let mut spec = RoleSpec::default();
        spec.competencies
            .retain(|r| r.competency != Competency::Caching);
        let spec = SpecEdit::Weight {
            competency: Competency::Caching,
            weight: 2,
        }
        .applied_to(&spec);
        let order: Vec<Competency> = spec.competencies.iter().map(|r| r.competency).collect();
        assert_eq!(order, Competency::ALL.to_vec());
        assert_eq!(spec.requirement(Competency::Caching).weight, 2);
    }

    #[test]
    fn every_field_edit_lands_in_its_field() {
        let mut spec = RoleSpec::default();
        let edits = [
            SpecEdit::Rename {
                title: "Payments engineer".into(),
            },
            SpecEdit::MinYears { years: 4 },
            SpecEdit::MaxYears { years: None },
            SpecEdit::Language {
                language: "Go".into(),
            },
            SpecEdit::Frameworks {
                items: vec!["Gin".into()],
            },
            SpecEdit::DataStores {
                items: vec!["Postgres".into()],
            },
            SpecEdit::Cloud {
                items: vec!["AWS".into()],
            },
            SpecEdit::Overlap { hours: 3 },
            SpecEdit::TeamRegion {
                region: Region::Brazil,
            },
            SpecEdit::Budget { budget: None },
        ];
        for edit in edits {
            spec = edit.applied_to(&spec);
        }
        assert_eq!(spec.title, "Payments engineer");
        assert_eq!((spec.min_years, spec.max_years), (4, None));
        assert_eq!(spec.language, "Go");
        assert_eq!(
            (
                spec.frameworks.len(),
                spec.data_stores.len(),
                spec.cloud.len()
            ),
            (1, 1, 1)
        );
        assert_eq!(spec.min_overlap_hours, 3);
        assert_eq!(spec.team_region, Region::Brazil);
        assert_eq!(spec.budget, None);
        // The same edit again changes nothing.
        assert!(!SpecEdit::Overlap { hours: 3 }.apply(&mut spec));
    }
}
