//! The role spec: what a team is hiring for (feature R1).
//!
//! A `RoleSpec` is the domain type every tool reads: the kit assembles questions from its weights,
//! scoring uses its weights and must-haves, the salary tool reads its level, regions and budget.
//! Validation and the limits that keep a spec small enough for a share link live in `spec_rules`.

use serde::{Deserialize, Serialize};

use super::competency::{Competency, Rating};
use super::region::Region;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ProductStage {
    #[default]
    EarlyStage,
    Scaling,
    Mature,
}

impl ProductStage {
    pub const ALL: [ProductStage; 3] = [
        ProductStage::EarlyStage,
        ProductStage::Scaling,
        ProductStage::Mature,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProductStage::EarlyStage => "Early-stage product",
            ProductStage::Scaling => "Scaling platform",
            ProductStage::Mature => "Mature platform",
        }
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Seniority {
    Junior,
    #[default]
    Mid,
    Senior,
    Staff,
}

impl Seniority {
    pub const ALL: [Seniority; 4] = [
        Seniority::Junior,
        Seniority::Mid,
        Seniority::Senior,
        Seniority::Staff,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Seniority::Junior => "Junior",
            Seniority::Mid => "Mid-level",
            Seniority::Senior => "Senior",
            Seniority::Staff => "Staff / lead",
        }
    }

    /// The usual experience range for the level, in years (upper bound open for senior and staff).
    /// Junior 0-3 and senior 5+ follow BetterWay Devs; mid and staff fill the gaps.
    pub fn typical_years(self) -> (u8, Option<u8>) {
        match self {
            Seniority::Junior => (0, Some(3)),
            Seniority::Mid => (3, Some(5)),
            Seniority::Senior => (5, None),
            Seniority::Staff => (8, None),
        }
    }
}

/// How a developer works with AI tools (tiers named by Terminal).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum AiTier {
    Assisted,
    #[default]
    Enabled,
    Native,
}

impl AiTier {
    pub const ALL: [AiTier; 3] = [AiTier::Assisted, AiTier::Enabled, AiTier::Native];

    pub fn label(self) -> &'static str {
        match self {
            AiTier::Assisted => "AI Assisted",
            AiTier::Enabled => "AI Enabled",
            AiTier::Native => "AI Native",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            AiTier::Assisted => "Looks things up with AI; writes most code by hand.",
            AiTier::Enabled => "Works with a coding assistant every day.",
            AiTier::Native => "Runs agent-driven workflows from design to deploy.",
        }
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum EnglishLevel {
    Basic,
    Conversational,
    #[default]
    Professional,
    Native,
}

impl EnglishLevel {
    pub const ALL: [EnglishLevel; 4] = [
        EnglishLevel::Basic,
        EnglishLevel::Conversational,
        EnglishLevel::Professional,
        EnglishLevel::Native,
    ];

    pub fn label(self) -> &'static str {
        match self {
            EnglishLevel::Basic => "Basic",
            EnglishLevel::Conversational => "Conversational",
            EnglishLevel::Professional => "Professional (fluent at work)",
            EnglishLevel::Native => "Native or bilingual",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Employment {
    #[default]
    FullTime,
    Contractor,
}

impl Employment {
    pub const ALL: [Employment; 2] = [Employment::FullTime, Employment::Contractor];

    pub fn label(self) -> &'static str {
        match self {
            Employment::FullTime => "Full-time employee",
            Employment::Contractor => "Contractor",
        }
    }
}

/// How much one competency matters for the role and the level it must reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CompetencyReq {
    pub competency: Competency,
    /// Relative importance, 0-10. Shown to users as a share of the total.
    pub weight: u8,
    /// The level a hire must reach on the anchored scale.
    pub required: Rating,
    /// A gate: rated 2 or lower, it blocks a hire recommendation.
    pub must_have: bool,
}

/// Annual budget in whole US dollars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Budget {
    pub min: u32,
    pub max: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleSpec {
    pub title: String,
    pub stage: ProductStage,
    pub seniority: Seniority,
    pub min_years: u8,
    /// `None` for an open upper bound ("5+ years").
    pub max_years: Option<u8>,
    pub language: String,
    pub frameworks: Vec<String>,
    pub data_stores: Vec<String>,
    pub cloud: Vec<String>,
    /// One entry per competency in `Competency::ALL` order; weight 0 means "not assessed".
    pub competencies: Vec<CompetencyReq>,
    pub ai_tier: AiTier,
    /// Where candidates may live.
    pub regions: Vec<Region>,
    /// Where the team works; overlap is measured against it.
    pub team_region: Region,
    pub min_overlap_hours: u8,
    pub english: EnglishLevel,
    pub employment: Employment,
    pub budget: Option<Budget>,
}

/// What a spec without a title is called wherever it is shown (its stored title stays empty).
pub const UNTITLED: &str = "Untitled role";

impl RoleSpec {
    /// The weight and level for one competency (weight 0 when the spec leaves it out).
    pub fn requirement(&self, competency: Competency) -> CompetencyReq {
        self.competencies
            .iter()
            .find(|r| r.competency == competency)
            .copied()
            .unwrap_or(CompetencyReq {
                competency,
                weight: 0,
                required: Rating::Solid,
                must_have: false,
            })
    }

    pub fn must_haves(&self) -> impl Iterator<Item = Competency> + '_ {
        self.competencies
            .iter()
            .filter(|r| r.must_have)
            .map(|r| r.competency)
    }

    /// The title to show: the typed one, or `UNTITLED` when it is blank, so no heading or job
    /// description ever reads "# " or "Interview kit:".
    pub fn display_title(&self) -> &str {
        match self.title.trim() {
            "" => UNTITLED,
            title => title,
        }
    }

    pub fn total_weight(&self) -> u32 {
        self.competencies.iter().map(|r| u32::from(r.weight)).sum()
    }
}

impl Default for RoleSpec {
    /// A blank mid-level spec with every competency at an even weight: a usable starting point.
    fn default() -> Self {
        RoleSpec {
            title: "Backend developer".to_string(),
            stage: ProductStage::default(),
            seniority: Seniority::default(),
            min_years: 3,
            max_years: Some(5),
            language: String::new(),
            frameworks: Vec::new(),
            data_stores: Vec::new(),
            cloud: Vec::new(),
            competencies: Competency::ALL
                .iter()
                .map(|&competency| CompetencyReq {
                    competency,
                    weight: 5,
                    required: Rating::Solid,
                    must_have: false,
                })
                .collect(),
            ai_tier: AiTier::default(),
            regions: vec![Region::Mexico, Region::Colombia],
            team_region: Region::UsEastern,
            min_overlap_hours: 4,
            english: EnglishLevel::default(),
            employment: Employment::default(),
            budget: None,
        }
    }
}
