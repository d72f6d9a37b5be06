//! One change to a role spec, as the builder's controls report it. Pure, so every edit is tested
//! natively; the builder applies it to the current spec and saves the result with `UpdateSpec`.

use crate::engine::competency::{Competency, Rating};
use crate::engine::region::Region;
use crate::engine::role::{
    AiTier, Budget, CompetencyReq, Employment, EnglishLevel, ProductStage, RoleSpec, Seniority,
};
use crate::engine::spec_rules::{self, SpecField, SpecProblem};

#[derive(Clone, Debug, PartialEq)]
pub enum SpecEdit {
    Title(String),
    Stage(ProductStage),
    Seniority(Seniority),
    MinYears(u8),
    /// `None` is an open upper bound ("5+ years").
    MaxYears(Option<u8>),
    Language(String),
    Frameworks(Vec<String>),
    DataStores(Vec<String>),
    Cloud(Vec<String>),
    Weight(Competency, u8),
    Required(Competency, Rating),
    MustHave(Competency, bool),
    AiTier(AiTier),
    /// A region chosen (true) or dropped (false).
    Region(Region, bool),
    TeamRegion(Region),
    Overlap(u8),
    English(EnglishLevel),
    Employment(Employment),
    Budget(Option<Budget>),
}

impl SpecEdit {
    /// The spec with this edit made, in the order a share link reproduces (`normalize`).
    pub fn applied_to(self, spec: &RoleSpec) -> RoleSpec {
        let mut spec = spec.clone();
        match self {
            SpecEdit::Title(v) => spec.title = v,
            SpecEdit::Stage(v) => spec.stage = v,
            SpecEdit::Seniority(v) => spec.seniority = v,
            SpecEdit::MinYears(v) => spec.min_years = v,
            SpecEdit::MaxYears(v) => spec.max_years = v,
            SpecEdit::Language(v) => spec.language = v,
            SpecEdit::Frameworks(v) => spec.frameworks = v,
            SpecEdit::DataStores(v) => spec.data_stores = v,
            SpecEdit::Cloud(v) => spec.cloud = v,
            SpecEdit::Weight(c, v) => requirement_mut(&mut spec, c).weight = v,
            SpecEdit::Required(c, v) => requirement_mut(&mut spec, c).required = v,
            SpecEdit::MustHave(c, v) => requirement_mut(&mut spec, c).must_have = v,
            SpecEdit::AiTier(v) => spec.ai_tier = v,
            SpecEdit::Region(region, chosen) => {
                spec.regions.retain(|r| *r != region);
                if chosen {
                    spec.regions.push(region);
                }
            }
            SpecEdit::TeamRegion(v) => spec.team_region = v,
            SpecEdit::Overlap(v) => spec.min_overlap_hours = v,
            SpecEdit::English(v) => spec.english = v,
            SpecEdit::Employment(v) => spec.employment = v,
            SpecEdit::Budget(v) => spec.budget = v,
        }
        spec_rules::normalize(&mut spec);
        spec
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

/// The problems about one field as sentences to show next to it, or `None` when it is fine.
pub fn problem_text(problems: &[SpecProblem], field: SpecField) -> Option<String> {
    let sentences: Vec<String> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| sentence(&p.message))
        .collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

/// "give the role a title." -> "Give the role a title."
///
/// The messages are the engine's own, which all start with an ASCII letter: ASCII case mapping
/// keeps Unicode's 12 KB upper-case table out of the wasm.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// A duplicate's title: "<title> (copy)".
pub fn copy_title(title: &str) -> String {
    format!("{} (copy)", title.trim())
}

/// "Senior Go engineer, payments" -> "senior-go-engineer-payments.md" (ASCII letters and digits).
pub fn markdown_file_name(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let stem = if words.is_empty() {
        "job-description".to_string()
    } else {
        words.join("-")
    };
    format!("{}.md", stem.chars().take(80).collect::<String>())
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
        let spec = SpecEdit::Region(Region::Mexico, true).applied_to(&spec);
        let spec = SpecEdit::Region(Region::UsEastern, true).applied_to(&spec);
        assert_eq!(
            spec.regions,
            vec![Region::UsEastern, Region::Mexico, Region::Brazil]
        );
        let spec = SpecEdit::Region(Region::Mexico, false).applied_to(&spec);
        assert_eq!(spec.regions, vec![Region::UsEastern, Region::Brazil]);
        // Choosing a region twice keeps it once.
        let spec = SpecEdit::Region(Region::Brazil, true).applied_to(&spec);
        assert_eq!(spec.regions, vec![Region::UsEastern, Region::Brazil]);
    }

    #[test]
    fn competency_edits_touch_only_their_area() {
        let spec = RoleSpec::default();
        let spec = SpecEdit::Weight(Competency::Caching, 9).applied_to(&spec);
        let spec = SpecEdit::MustHave(Competency::Caching, true).applied_to(&spec);
        let spec = SpecEdit::Required(Competency::Caching, Rating::Strong).applied_to(&spec);
        let caching = spec.requirement(Competency::Caching);
        assert_eq!(
            (caching.weight, caching.must_have, caching.required),
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
        let spec = SpecEdit::Weight(Competency::Caching, 2).applied_to(&spec);
        let order: Vec<Competency> = spec.competencies.iter().map(|r| r.competency).collect();
        assert_eq!(order, Competency::ALL.to_vec());
        assert_eq!(spec.requirement(Competency::Caching).weight, 2);
    }

    #[test]
    fn problems_read_as_sentences_per_field() {
        let spec = RoleSpec {
            title: " ".into(),
            min_years: 9,
            max_years: Some(2),
            ..RoleSpec::default()
        };
        let problems = spec_rules::validate(&spec).unwrap_err();
        assert_eq!(
            problem_text(&problems, SpecField::Title).as_deref(),
            Some("Give the role a title.")
        );
        assert_eq!(
            problem_text(&problems, SpecField::Years).as_deref(),
            Some("The minimum is above the maximum.")
        );
        assert_eq!(problem_text(&problems, SpecField::Budget), None);
    }

    #[test]
    fn a_copy_is_titled_as_such() {
        assert_eq!(copy_title("API engineer "), "API engineer (copy)");
        assert_eq!(sentence(""), "");
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            markdown_file_name("Senior Go engineer, payments"),
            "senior-go-engineer-payments.md"
        );
        assert_eq!(markdown_file_name("<img src=x>"), "img-src-x.md");
        assert_eq!(markdown_file_name("Ingeniera ñ"), "ingeniera.md");
        assert_eq!(markdown_file_name("  "), "job-description.md");
    }
}
