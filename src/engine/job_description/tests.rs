//! Tests for the generated job description.

use super::*;
use crate::engine::presets::presets;
use crate::engine::role::Budget;

#[test]
fn every_preset_reads_well_and_is_deterministic() {
    for preset in presets() {
        let spec = &preset.spec;
        let md = job_description(spec);
        assert_eq!(md, job_description(spec));
        assert!(md.starts_with(&format!("# {}\n", escape(&spec.title))));
        for c in spec.must_haves() {
            assert!(
                md.contains(&format!("**{}**", c.label())),
                "{}: {}",
                preset.id,
                c.label()
            );
        }
        assert!(md.contains("## What you will do"));
        assert!(md.contains(spec.ai_tier.label()));
        assert!(md.contains(spec.english.label()));
        assert!(md.contains("–$"), "{}: budget range", preset.id);
        assert!(!md.contains("\n\n\n") && md.ends_with(".\n"));
    }
}

#[test]
fn empty_parts_produce_no_empty_sections() {
    let mut spec = RoleSpec {
        language: String::new(),
        budget: None,
        ..RoleSpec::default()
    };
    spec.competencies.iter_mut().for_each(|r| r.weight = 0);
    let md = job_description(&spec);
    for heading in [
        "What you will do",
        "Must-haves",
        "Nice to have",
        "Our stack",
        "Compensation",
    ] {
        assert!(!md.contains(heading), "{heading} should be left out");
    }
    // Every remaining heading is followed by content, not another heading.
    let lines: Vec<&str> = md.lines().collect();
    for pair in lines.windows(3) {
        if pair[0].starts_with("## ") {
            assert!(!pair[2].starts_with('#') && !pair[2].is_empty(), "{md}");
        }
    }
}

#[test]
fn budget_and_years_are_formatted() {
    let spec = RoleSpec {
        min_years: 0,
        max_years: None,
        budget: Some(Budget {
            min: 0,
            max: 65_000,
        }),
        ..RoleSpec::default()
    };
    let md = job_description(&spec);
    assert!(md.contains("up to $65,000 a year (USD)."));
    assert!(md.contains("any amount of experience"));
    let ranged = RoleSpec {
        budget: Some(Budget {
            min: 38_000,
            max: 65_000,
        }),
        ..RoleSpec::default()
    };
    assert!(job_description(&ranged).contains("$38,000–$65,000 a year (USD)."));
    assert!(job_description(&ranged).contains("3–5 years of experience"));
}

#[test]
fn user_text_cannot_inject_markdown() {
    let spec = RoleSpec {
        title: "C# *lead* [hiring]".into(),
        frameworks: vec!["<script>".into()],
        ..RoleSpec::default()
    };
    let md = job_description(&spec);
    assert!(md.starts_with("# C\\# \\*lead\\* \\[hiring\\]\n"));
    assert!(md.contains("\\<script\\>"));
}

#[test]
fn a_blank_title_reads_as_untitled_never_as_an_empty_heading() {
    for title in ["", "   "] {
        let spec = RoleSpec {
            title: title.into(),
            ..RoleSpec::default()
        };
        assert!(job_description(&spec).starts_with("# Untitled role\n"));
        assert_eq!(spec.display_title(), "Untitled role");
    }
    let typed = RoleSpec {
        title: "  API lead ".into(),
        ..RoleSpec::default()
    };
    assert_eq!(typed.display_title(), "API lead");
}

#[test]
fn required_levels_use_the_scale_words_of_the_builder() {
    let mut spec = RoleSpec::default();
    for (req, level) in spec.competencies.iter_mut().zip(Rating::ALL.iter().cycle()) {
        req.weight = 5;
        req.must_have = true;
        req.required = *level;
    }
    let md = job_description(&spec);
    for word in ["(level: Partial)", "(level: Solid)", "(level: Strong)"] {
        assert!(md.contains(word), "{word} in {md}");
    }
    for old in ["expert", "independent", "working knowledge"] {
        assert!(!md.contains(old), "{old} in {md}");
    }
}

/// The text a manager pastes into a job board never carries a field the builder flags.
#[test]
fn fields_with_problems_stay_out_of_the_job_description() {
    let mut spec = presets()[0].spec.clone();
    spec.budget = Some(Budget {
        min: 120_000,
        max: 90_000,
    });
    spec.min_overlap_hours = 12;
    let text = job_description(&spec);
    assert!(!text.contains("120,000"), "{text}");
    assert!(!text.contains("Compensation"), "{text}");
    assert!(!text.contains("12 hours"), "{text}");
    // Within a day, but more than a chosen region can share with the team.
    spec.budget = Some(Budget {
        min: 90_000,
        max: 120_000,
    });
    spec.min_overlap_hours = 8;
    spec.team_region = crate::engine::region::Region::UsPacific;
    spec.regions = vec![crate::engine::region::Region::Brazil];
    let text = job_description(&spec);
    assert!(text.contains("$90,000–$120,000"), "{text}");
    assert!(!text.contains("of overlap"), "{text}");
}
