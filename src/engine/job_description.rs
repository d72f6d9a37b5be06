//! A job description in Markdown, generated live from a role spec (R3).
//!
//! The output is deterministic (same spec, same text) and built from fixed sections; a section
//! with nothing to say is left out rather than printed empty:
//! title, stage paragraph, level line, "What you will do" (the `DUTIES_SHOWN` highest-weighted
//! competencies, ties in catalogue order), must-haves, nice-to-haves (other weighted areas),
//! stack, AI fluency, location and terms, compensation (only with a budget).
//! A field with a problem (`spec_rules::validate`: a budget whose minimum is above its maximum,
//! an overlap the regions cannot give) is left out until it is fixed: this is the text a manager
//! pastes into a job board.
//! Every piece of user text passes through `escape` so a title like `C# *lead*` prints as typed.

use crate::engine::order;
use std::fmt::Write;

use super::competency::{Competency, Rating};
use super::money::thousands;
use super::role::{AiTier, CompetencyReq, ProductStage, RoleSpec};
use super::spec_rules::SpecField;

/// How many competencies become duties, and at most how many nice-to-haves are listed.
pub const DUTIES_SHOWN: usize = 5;

pub fn job_description(spec: &RoleSpec) -> String {
    let mut md = String::new();
    let title = escape(spec.display_title());
    let _ = writeln!(md, "# {title}\n\n{}\n", stage_paragraph(spec.stage));
    let _ = writeln!(
        md,
        "**Level:** {} · {}\n",
        spec.seniority.label(),
        years(spec.min_years, spec.max_years)
    );

    let ranked = ranked(spec);
    let duties: Vec<String> = ranked
        .iter()
        .take(DUTIES_SHOWN)
        .map(|r| duty(r.competency).to_string())
        .collect();
    section(&mut md, "What you will do", &duties);

    let must: Vec<String> = ranked
        .iter()
        .filter(|r| r.must_have)
        .map(requirement_line)
        .collect();
    section(&mut md, "Must-haves", &must);
    let nice: Vec<String> = ranked
        .iter()
        .filter(|r| !r.must_have)
        .take(DUTIES_SHOWN)
        .map(requirement_line)
        .collect();
    section(&mut md, "Nice to have", &nice);

    let mut stack = Vec::new();
    if !spec.language.trim().is_empty() {
        stack.push(format!("Language: {}", escape(spec.language.trim())));
    }
    for (label, items) in [
        ("Frameworks", &spec.frameworks),
        ("Data stores", &spec.data_stores),
        ("Cloud and tooling", &spec.cloud),
    ] {
        if !items.is_empty() {
            let list: Vec<String> = items.iter().map(|i| escape(i.trim())).collect();
            stack.push(format!("{label}: {}", list.join(", ")));
        }
    }
    section(&mut md, "Our stack", &stack);

    let _ = writeln!(
        md,
        "## Working with AI\n\nWe look for **{}**: {} {}\n",
        spec.ai_tier.label(),
        spec.ai_tier.meaning(),
        ai_expectation(spec.ai_tier)
    );

    let mut terms = Vec::new();
    if !spec.regions.is_empty() {
        let places: Vec<&str> = spec.regions.iter().map(|r| r.label()).collect();
        terms.push(format!(
            "Open to candidates based in {}.",
            places.join(", ")
        ));
    }
    let problems = super::spec_rules::validate(spec).err().unwrap_or_default();
    let fine = |field| !problems.iter().any(|p| p.field == field);
    let regions_can_give = spec
        .regions
        .iter()
        .all(|r| r.overlap_hours(spec.team_region) >= spec.min_overlap_hours);
    if spec.min_overlap_hours > 0 && fine(SpecField::Overlap) && regions_can_give {
        terms.push(format!(
            "At least {} of overlap with the team's working day in {} time.",
            hours(spec.min_overlap_hours),
            spec.team_region.label()
        ));
    }
    terms.push(format!("English: {}.", spec.english.label()));
    terms.push(format!("Employment: {}.", spec.employment.label()));
    section(&mut md, "Location, hours and terms", &terms);

    if let Some(budget) = spec.budget.filter(|_| fine(SpecField::Budget)) {
        let range = if budget.min == budget.max {
            format!("${}", thousands(u64::from(budget.max)))
        } else if budget.min == 0 {
            format!("up to ${}", thousands(u64::from(budget.max)))
        } else {
            format!(
                "${}–${}",
                thousands(u64::from(budget.min)),
                thousands(u64::from(budget.max))
            )
        };
        let _ = writeln!(md, "## Compensation\n\n{range} a year (USD).\n");
    }
    md.truncate(md.trim_end().len());
    md.push('\n');
    md
}

/// Weighted competencies, heaviest first; ties keep the spec's order.
fn ranked(spec: &RoleSpec) -> Vec<CompetencyReq> {
    let mut reqs: Vec<CompetencyReq> = spec
        .competencies
        .iter()
        .filter(|r| r.weight > 0)
        .copied()
        .collect();
    order::sort_by_key(&mut reqs, |r| std::cmp::Reverse(r.weight));
    reqs
}

fn section(md: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "## {heading}\n");
    for item in items {
        let _ = writeln!(md, "- {item}");
    }
    md.push('\n');
}

fn requirement_line(req: &CompetencyReq) -> String {
    // The builder's and the scorecards' own level words, so the spec reads the same everywhere.
    let level = match req.required {
        Rating::Gap | Rating::Partial => Rating::Partial.label(),
        level => level.label(),
    };
    format!(
        "**{}** (level: {level}): {}",
        req.competency.label(),
        req.competency.description()
    )
}

fn years(min: u8, max: Option<u8>) -> String {
    match (min, max) {
        (0, None) => "any amount of experience".to_string(),
        (0, Some(max)) => format!("up to {max} years of experience"),
        (min, None) => format!("{min}+ years of experience"),
        (min, Some(max)) if min == max => format!("{min} years of experience"),
        (min, Some(max)) => format!("{min}–{max} years of experience"),
    }
}

fn hours(n: u8) -> String {
    if n == 1 {
        "1 hour".to_string()
    } else {
        format!("{n} hours")
    }
}

fn stage_paragraph(stage: ProductStage) -> &'static str {
    match stage {
        ProductStage::EarlyStage => {
            "We are an early-stage product team. The codebase is young and the roadmap moves \
             quickly, so you will help lay the foundations: picking tools, shipping features end \
             to end and judging what is good enough for now."
        }
        ProductStage::Scaling => {
            "Our product has found its users and traffic keeps climbing. You will help the \
             platform keep pace: removing bottlenecks, splitting what has outgrown its shape and \
             keeping releases safe as the team ships more often."
        }
        ProductStage::Mature => {
            "We run an established platform that many people rely on every day. The work rewards \
             care over speed: changing live systems safely, paying down old debt and keeping \
             reliability high."
        }
    }
}

fn duty(competency: Competency) -> &'static str {
    match competency {
        Competency::LanguagesFrameworks => "Write clear server code that teammates find easy to read and change.",
        Competency::ApiDesign => "Design and evolve APIs with consistent errors, versioning, pagination and docs.",
        Competency::Databases => "Model data, speed up slow queries and plan schema changes that need no downtime.",
        Competency::Caching => "Decide what to cache and where, and keep cached data right when the source changes.",
        Competency::Security => "Protect user data: sign-in, permissions, encryption and defences against common attacks.",
        Competency::DistributedSystems => "Build services that stay correct through retries, partial failures and queues.",
        Competency::CloudDevops => "Ship through containers, automated pipelines and infrastructure kept as code.",
        Competency::Observability => "Give services logs, metrics and traces, and write runbooks on-call people can follow.",
        Competency::Performance => "Measure and remove bottlenecks before growth turns them into outages.",
        Competency::Testing => "Write the unit, integration and contract tests that let the team release calmly.",
        Competency::RealTime => "Build live features over WebSockets or event streams that hold up under load.",
        Competency::Integrations => "Connect payment, identity and CRM providers and cope gracefully when they fail.",
        Competency::AiFluency => "Use AI tools to speed up routine work while reviewing everything they produce.",
        Competency::SoftSkills => "Explain trade-offs in writing and in calls, review code kindly and help others grow.",
    }
}

fn ai_expectation(tier: AiTier) -> &'static str {
    match tier {
        AiTier::Assisted => "Careful hand-written code matters more to us than speed from tooling.",
        AiTier::Enabled => "You stay responsible for every line an assistant suggests.",
        AiTier::Native => "You can design agent workflows and the checks that keep them safe.",
    }
}

/// Backslash-escapes the characters Markdown would treat as formatting.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|~&!".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
