//! A read-only view of a whole role spec, for a spec opened from a shared link.

use std::rc::Rc;

use yew::prelude::*;

use super::competency_table::shares_in_catalogue_order;
use super::role_fields::years_text;
use crate::engine::competency::Competency;
use crate::engine::money;
use crate::engine::role::RoleSpec;
use crate::engine::salary::UpperBound;
use crate::engine::spec_rules::weight_shares;

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "Not stated".to_string()
    } else {
        items.join(", ")
    }
}

/// Every field but the competencies, as (label, value) lines in the builder's order.
pub fn summary_rows(spec: &RoleSpec) -> Vec<(&'static str, String)> {
    let regions: Vec<&str> = spec.regions.iter().map(|r| r.label()).collect();
    let language = match spec.language.trim() {
        "" => "Not stated".to_string(),
        l => l.to_string(),
    };
    let budget = spec.budget.map_or("Not stated".to_string(), |b| {
        format!(
            "{} a year",
            money::range(u64::from(b.min), UpperBound::Closed(u64::from(b.max)))
        )
    });
    vec![
        ("Product stage", spec.stage.label().to_string()),
        ("Seniority", spec.seniority.label().to_string()),
        ("Experience", years_text(spec.min_years, spec.max_years)),
        ("Primary language", language),
        ("Frameworks", list_or_none(&spec.frameworks)),
        ("Data stores", list_or_none(&spec.data_stores)),
        ("Cloud and tooling", list_or_none(&spec.cloud)),
        (
            "AI fluency",
            format!("{}: {}", spec.ai_tier.label(), spec.ai_tier.meaning()),
        ),
        ("Candidates may live in", regions.join(", ")),
        ("The team works in", spec.team_region.label().to_string()),
        (
            "Shared working hours",
            format!("At least {}", spec.min_overlap_hours),
        ),
        ("English", spec.english.label().to_string()),
        ("Employment", spec.employment.label().to_string()),
        ("Budget (USD)", budget),
    ]
}

#[derive(PartialEq)]
pub struct SpecSummaryProps {
    pub spec: Rc<RoleSpec>,
    /// The competency table (`weights_table`), which the page may draw a task later.
    pub weights: Html,
}

pub fn spec_summary(props: &SpecSummaryProps) -> Html {
    let spec = &props.spec;
    let facts = summary_rows(spec).into_iter().map(|(label, value)| {
        html! { <><dt>{ label }</dt><dd>{ value }</dd></> }
    });
    let must_haves: Vec<&str> = spec.must_haves().map(Competency::label).collect();
    let must_text = if must_haves.is_empty() {
        "None".to_string()
    } else {
        must_haves.join(", ")
    };
    html! {
        <section class="card spec-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="spec-summary__title">{ spec.display_title().to_string() }</h2>
            <dl class="facts">{ for facts }</dl>
            <p><strong>{ "Must-haves: " }</strong>{ must_text }</p>
            { props.weights.clone() }
        </section>
    }
}

/// Every competency's weight, share, required level and must-have mark.
pub fn weights_table(spec: &RoleSpec) -> Html {
    let shares = shares_in_catalogue_order(&weight_shares(spec));
    let rows = Competency::ALL.iter().zip(shares).map(|(&c, share)| {
        let req = spec.requirement(c);
        let weight = if req.weight == 0 {
            "Not assessed".to_string()
        } else {
            req.weight.to_string()
        };
        let level = format!("{} · {}", req.required.value(), req.required.label());
        let must = if req.must_have { "✔ Must-have" } else { "" };
        html! {
            <tr>
                <th scope="row">{ c.label() }</th><td class="num">{ weight }</td>
                <td class="num">{ format!("{share}%") }</td><td>{ level }</td><td>{ must }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table>
                <caption>{ "Competencies, with each weight as a share of 100%" }</caption>
                <thead><tr>
                    <th scope="col">{ "Area" }</th><th scope="col" class="num">{ "Weight" }</th>
                    <th scope="col" class="num">{ "Share" }</th><th scope="col">{ "Required level" }</th>
                    <th scope="col">{ "Must-have" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::role::Budget;

    #[test]
    fn budget_and_years_read_as_ranges() {
        let spec = RoleSpec {
            budget: Some(Budget {
                min: 70_000,
                max: 110_000,
            }),
            max_years: None,
            min_years: 5,
            ..RoleSpec::default()
        };
        let rows = summary_rows(&spec);
        let get = |label| {
            rows.iter()
                .find(|(l, _)| *l == label)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(
            get("Budget (USD)").as_deref(),
            Some("$70,000–$110,000 a year")
        );
        assert_eq!(get("Experience").as_deref(), Some("5+ years"));
        assert_eq!(get("Frameworks").as_deref(), Some("Not stated"));
        assert_eq!(
            get("Candidates may live in").as_deref(),
            Some("Mexico, Colombia")
        );
    }
}
