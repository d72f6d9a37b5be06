//! Words around a role spec's edits: problems as sentences per field, a duplicate's title, the
//! job description's file name. Pure, so they are tested natively.

use crate::engine::spec_rules::{SpecField, SpecProblem};

/// What the advice panel lists: every field problem first, named by its field, then the
/// warnings. A problem the form flags is never missing from the advice.
pub fn advice(problems: &[SpecProblem], warnings: Vec<String>) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.field.label(), sentence(&p.message)))
        .chain(warnings)
        .collect()
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
    use crate::engine::role::RoleSpec;
    use crate::engine::spec_rules;

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
    fn advice_lists_every_field_problem() {
        let spec = RoleSpec {
            budget: Some(crate::engine::role::Budget {
                min: 120_000,
                max: 90_000,
            }),
            min_overlap_hours: 12,
            ..RoleSpec::default()
        };
        let problems = spec_rules::validate(&spec).unwrap_err();
        let listed = advice(&problems, vec!["A warning.".into()]);
        assert_eq!(listed.len(), problems.len() + 1);
        assert!(listed
            .iter()
            .any(|a| a.contains("minimum is above the maximum")));
        assert!(listed.iter().any(|a| a.contains("8 hours")));
        assert_eq!(listed.last().map(String::as_str), Some("A warning."));
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
