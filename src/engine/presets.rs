//! Ready-made starting points for common backend roles (R2).
//!
//! Each preset is a complete, valid spec: stack, weights that reflect what the role really does,
//! a few must-haves, regions with a workable time-zone overlap and a budget inside the salary
//! bands South publishes (Latin America 2026: entry 22,000-32,000, mid 38,000-65,000, senior
//! 70,000-110,000+; United States: senior 130,000-200,000+, all USD a year).
//! Weights are listed in `Competency::ALL` order:
//! languages, API, databases, caching, security, distributed, cloud, observability,
//! performance, testing, real-time, integrations, AI fluency, communication.

use super::competency::{Competency, Rating};
use super::region::Region;
use super::role::{
    AiTier, Budget, CompetencyReq, Employment, EnglishLevel, ProductStage, RoleSpec, Seniority,
};

/// A named starting point shown in the spec builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Stable, URL-safe identifier.
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub spec: RoleSpec,
}

/// Weights in catalogue order; `level` is the bar for weighted areas, `strong` raises some to
/// the top level, `must` marks the gates.
fn reqs(
    weights: [u8; 14],
    level: Rating,
    strong: &[Competency],
    must: &[Competency],
) -> Vec<CompetencyReq> {
    Competency::ALL
        .iter()
        .zip(weights)
        .map(|(&competency, weight)| CompetencyReq {
            competency,
            weight,
            required: if strong.contains(&competency) {
                Rating::Strong
            } else {
                level
            },
            must_have: must.contains(&competency),
        })
        .collect()
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Every preset, in the order the builder lists them.
pub fn presets() -> Vec<Preset> {
    use Competency::*;
    vec![
        Preset {
            id: "early-stage-product",
            name: "Early-stage product engineer",
            summary: "A generalist who turns product ideas into working features fast and owns them end to end.",
            spec: RoleSpec {
                title: "Product backend engineer".into(),
                stage: ProductStage::EarlyStage,
                seniority: Seniority::Senior,
                min_years: 5,
                max_years: None,
                language: "Python".into(),
                frameworks: texts(&["Django", "FastAPI"]),
                data_stores: texts(&["PostgreSQL", "Redis"]),
                cloud: texts(&["AWS", "Docker"]),
                competencies: reqs(
                    [9, 8, 7, 3, 5, 2, 6, 4, 3, 6, 2, 6, 7, 8],
                    Rating::Solid,
                    &[LanguagesFrameworks],
                    &[LanguagesFrameworks, ApiDesign],
                ),
                ai_tier: AiTier::Enabled,
                regions: vec![Region::Mexico, Region::Colombia, Region::Argentina],
                team_region: Region::UsEastern,
                min_overlap_hours: 4,
                english: EnglishLevel::Professional,
                employment: Employment::Contractor,
                budget: Some(Budget { min: 70_000, max: 100_000 }),
            },
        },
        Preset {
            id: "api-platform",
            name: "API platform engineer",
            summary: "Builds and evolves the public and internal APIs other teams and customers depend on.",
            spec: RoleSpec {
                title: "API platform engineer".into(),
                stage: ProductStage::Scaling,
                seniority: Seniority::Senior,
                min_years: 6,
                max_years: None,
                language: "Go".into(),
                frameworks: texts(&["gRPC", "OpenAPI", "GraphQL"]),
                data_stores: texts(&["PostgreSQL", "Redis"]),
                cloud: texts(&["GCP", "Kubernetes"]),
                competencies: reqs(
                    [7, 10, 6, 6, 8, 7, 6, 6, 6, 7, 2, 5, 5, 6],
                    Rating::Solid,
                    &[ApiDesign, Security],
                    &[ApiDesign, Security],
                ),
                ai_tier: AiTier::Enabled,
                regions: vec![Region::Colombia, Region::Peru, Region::Chile],
                team_region: Region::UsEastern,
                min_overlap_hours: 5,
                english: EnglishLevel::Professional,
                employment: Employment::FullTime,
                budget: Some(Budget { min: 80_000, max: 110_000 }),
            },
        },
        Preset {
            id: "data-intensive",
            name: "Data-intensive services engineer",
            summary: "Designs services that store, move and query large volumes of data without losing any.",
            spec: RoleSpec {
                title: "Backend engineer, data-intensive services".into(),
                stage: ProductStage::Scaling,
                seniority: Seniority::Senior,
                min_years: 5,
                max_years: None,
                language: "Java".into(),
                frameworks: texts(&["Spring Boot", "Kafka Streams"]),
                data_stores: texts(&["PostgreSQL", "Cassandra", "Kafka"]),
                cloud: texts(&["AWS"]),
                competencies: reqs(
                    [7, 5, 10, 6, 5, 9, 5, 6, 8, 6, 3, 3, 4, 5],
                    Rating::Solid,
                    &[Databases, DistributedSystems],
                    &[Databases, DistributedSystems],
                ),
                ai_tier: AiTier::Enabled,
                regions: vec![Region::Argentina, Region::Brazil, Region::Uruguay],
                team_region: Region::UsEastern,
                min_overlap_hours: 4,
                english: EnglishLevel::Professional,
                employment: Employment::FullTime,
                budget: Some(Budget { min: 85_000, max: 110_000 }),
            },
        },
        Preset {
            id: "payments-fintech",
            name: "Payments and fintech backend engineer",
            summary: "Moves money safely: payment providers, ledgers, idempotent APIs and audit-ready security.",
            spec: RoleSpec {
                title: "Payments backend engineer".into(),
                stage: ProductStage::Mature,
                seniority: Seniority::Senior,
                min_years: 5,
                max_years: None,
                language: "Kotlin".into(),
                frameworks: texts(&["Spring Boot", "Ktor"]),
                data_stores: texts(&["PostgreSQL", "Redis"]),
                cloud: texts(&["AWS", "Terraform"]),
                competencies: reqs(
                    [7, 7, 8, 4, 10, 8, 5, 6, 5, 8, 2, 9, 4, 6],
                    Rating::Solid,
                    &[Security, Integrations],
                    &[Security, Integrations, DistributedSystems],
                ),
                ai_tier: AiTier::Assisted,
                regions: vec![Region::Mexico, Region::Colombia, Region::CostaRica],
                team_region: Region::UsCentral,
                min_overlap_hours: 6,
                english: EnglishLevel::Professional,
                employment: Employment::FullTime,
                budget: Some(Budget { min: 90_000, max: 110_000 }),
            },
        },
        Preset {
            id: "scaling-reliability",
            name: "Scaling and reliability backend engineer",
            summary: "Keeps a growing platform fast and up: capacity, observability, incidents and delivery pipelines.",
            spec: RoleSpec {
                title: "Staff backend engineer, scaling and reliability".into(),
                stage: ProductStage::Scaling,
                seniority: Seniority::Staff,
                min_years: 8,
                max_years: None,
                language: "Go".into(),
                frameworks: texts(&["gRPC", "Gin"]),
                data_stores: texts(&["PostgreSQL", "Redis", "Elasticsearch"]),
                cloud: texts(&["AWS", "Kubernetes", "Terraform"]),
                competencies: reqs(
                    [6, 5, 6, 7, 6, 8, 9, 10, 9, 6, 3, 2, 6, 7],
                    Rating::Solid,
                    &[Observability, Performance],
                    &[Observability, CloudDevops, Performance],
                ),
                ai_tier: AiTier::Native,
                regions: vec![
                    Region::UsEastern,
                    Region::UsCentral,
                    Region::Mexico,
                    Region::Colombia,
                ],
                team_region: Region::UsEastern,
                min_overlap_hours: 6,
                english: EnglishLevel::Native,
                employment: Employment::FullTime,
                budget: Some(Budget { min: 110_000, max: 190_000 }),
            },
        },
        Preset {
            id: "junior-backend",
            name: "Junior backend developer",
            summary: "An early-career developer who ships well-scoped tasks with support and grows quickly.",
            spec: RoleSpec {
                title: "Junior backend developer".into(),
                stage: ProductStage::Mature,
                seniority: Seniority::Junior,
                min_years: 1,
                max_years: Some(3),
                language: "PHP".into(),
                frameworks: texts(&["Laravel"]),
                data_stores: texts(&["MySQL"]),
                cloud: texts(&["AWS"]),
                competencies: reqs(
                    [9, 6, 6, 2, 4, 0, 3, 2, 2, 6, 0, 2, 5, 8],
                    Rating::Partial,
                    &[],
                    &[LanguagesFrameworks, SoftSkills],
                ),
                ai_tier: AiTier::Enabled,
                regions: vec![Region::Mexico, Region::Colombia, Region::Peru],
                team_region: Region::UsCentral,
                min_overlap_hours: 5,
                english: EnglishLevel::Conversational,
                employment: Employment::FullTime,
                budget: Some(Budget { min: 24_000, max: 32_000 }),
            },
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::spec_rules::{validate, warnings};
    use std::collections::HashSet;

    #[test]
    fn every_preset_is_valid_unique_and_quiet() {
        let all = presets();
        assert!(all.len() >= 6);
        let ids: HashSet<_> = all.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), all.len());
        for preset in &all {
            assert_eq!(validate(&preset.spec), Ok(()), "{}", preset.id);
            assert_eq!(
                warnings(&preset.spec, &|_, _| None),
                vec![],
                "{}",
                preset.id
            );
            assert_eq!(preset.spec.competencies.len(), Competency::ALL.len());
            assert!(preset.spec.budget.is_some() && !preset.spec.language.is_empty());
            if preset.spec.seniority == Seniority::Junior {
                assert!(preset.spec.must_haves().count() <= 2);
            }
        }
    }

    #[test]
    fn budgets_sit_at_or_above_the_published_floors() {
        use crate::engine::region::Market;
        // Band floors from South's 2026 guide; staff uses the senior band (its top is open).
        let floor = |market: Market, level: Seniority| {
            let us = market == Market::UnitedStates;
            Some(match level {
                Seniority::Junior => {
                    if us {
                        45_000
                    } else {
                        22_000
                    }
                }
                Seniority::Mid => {
                    if us {
                        75_000
                    } else {
                        38_000
                    }
                }
                Seniority::Senior | Seniority::Staff => {
                    if us {
                        130_000
                    } else {
                        70_000
                    }
                }
            })
        };
        for preset in presets() {
            assert_eq!(warnings(&preset.spec, &floor), vec![], "{}", preset.id);
        }
    }

    #[test]
    fn weights_differ_between_roles() {
        let profiles: HashSet<Vec<u8>> = presets()
            .iter()
            .map(|p| p.spec.competencies.iter().map(|r| r.weight).collect())
            .collect();
        assert_eq!(profiles.len(), presets().len());
    }
}
