//! The builder's later groups: AI fluency, where the person works, and the terms of the job.

use yew::prelude::*;

use super::budget::BudgetFields;
use super::controls::{described_by, labels, position, select_field, SelectFieldProps};
use super::edit::problem_text;
use super::role_fields::SpecPartProps;
use crate::components::citation::{citation, CitationProps};
use crate::components::draft_field::DraftField;
use crate::engine::edit::SpecEdit;
use crate::engine::input;
use crate::engine::region::{Market, Region};
use crate::engine::role::{AiTier, Employment, EnglishLevel};
use crate::engine::spec_rules::{SpecField, OVERLAP_MAX_HOURS};
use crate::platform::dom;

pub fn ai_fields(props: &SpecPartProps) -> Html {
    let choices = AiTier::ALL.iter().map(|&tier| {
        let id = format!("ai-{}", tier.label().replace(' ', "-").to_lowercase());
        let help_id = format!("{id}-help");
        let onchange = props.on_edit.reform(move |_: Event| SpecEdit::AiTier { tier });
        html! {
            <div class="choice">
                <input type="radio" name="ai-tier" id={id.clone()} checked={props.spec.ai_tier == tier}
                    {onchange} aria-describedby={help_id.clone()} />
                <label for={id}>{ tier.label() }</label>
                <p class="help" id={help_id}>{ tier.meaning() }</p>
            </div>
        }
    });
    html! {
        <fieldset>
            <legend>{ "AI fluency" }</legend>
            <p class="help">{ "How the person should work with AI tools. " }{ citation(&CitationProps { lead: "Tiers as named by ".into(), text: "Terminal".into(), block: false }) }{ "." }</p>
            { for choices }
        </fieldset>
    }
}

fn region_box(region: Region, props: &SpecPartProps) -> Html {
    let id = format!("region-{}", region.index());
    let chosen = props.spec.regions.contains(&region);
    let onchange = props.on_edit.reform(move |e: Event| SpecEdit::Region {
        region,
        chosen: dom::checked(&e),
    });
    html! {
        <div class="choice choice--inline">
            <input type="checkbox" id={id.clone()} checked={chosen} {onchange} />
            <label for={id}>{ region.label() }</label>
        </div>
    }
}

pub fn place_fields(props: &SpecPartProps) -> Html {
    let spec = &props.spec;
    let edit = &props.on_edit;
    let regions_error = problem_text(&props.problems, SpecField::Regions);
    let overlap_error = problem_text(&props.problems, SpecField::Overlap);
    let groups = Market::ALL.iter().map(|&market| {
        let boxes = Region::ALL
            .iter()
            .filter(|r| r.market() == market)
            .map(|&r| region_box(r, props));
        html! {
            <div class="region-group">
                <p class="region-market">{ market.label() }</p>
                <div class="choice-grid">{ for boxes }</div>
            </div>
        }
    });
    let on_team = edit.reform(|i: usize| SpecEdit::TeamRegion {
        region: Region::ALL.get(i).copied().unwrap_or(Region::UsEastern),
    });
    let on_overlap = {
        let edit = edit.clone();
        Callback::from(move |text: String| {
            let hours = input::whole(&text, 0, OVERLAP_MAX_HOURS.into(), "hours")? as u8;
            edit.emit(SpecEdit::Overlap { hours });
            Ok(hours.to_string())
        })
    };
    let overlap_help = format!(
        "0 to {OVERLAP_MAX_HOURS}. Counted between 9:00–17:00 working days in standard time, without daylight saving."
    );
    html! {
        <fieldset>
            <legend>{ "Location" }</legend>
            <fieldset class="inner" aria-describedby={described_by("regions", false, regions_error.is_some())}>
                <legend>{ "Where candidates may live" }</legend>
                { for groups }
                if let Some(error) = regions_error {
                    <p class="error" id="regions-error">{ "⚠ " }{ error }</p>
                }
            </fieldset>
            <div class="field-row">
                { select_field(&SelectFieldProps { id: "spec-team-region".into(), label: "Where the team works".into(), options: labels(&Region::ALL, Region::label), selected: position(&Region::ALL, &spec.team_region), on_select: on_team, ..Default::default() }) }
                <DraftField id="spec-overlap" label="Shared working hours, at least"
                    help={overlap_help} value={spec.min_overlap_hours.to_string()}
                    on_input={on_overlap} error={overlap_error} />
            </div>
        </fieldset>
    }
}

pub fn terms_fields(props: &SpecPartProps) -> Html {
    let spec = &props.spec;
    let edit = &props.on_edit;
    let on_english = edit.reform(|i: usize| SpecEdit::English {
        level: EnglishLevel::ALL.get(i).copied().unwrap_or_default(),
    });
    let on_employment = edit.reform(|i: usize| SpecEdit::Employment {
        employment: Employment::ALL.get(i).copied().unwrap_or_default(),
    });
    let on_budget = edit.reform(|budget| SpecEdit::Budget { budget });
    let budget_error = problem_text(&props.problems, SpecField::Budget);
    html! {
        <fieldset>
            <legend>{ "Terms" }</legend>
            <div class="field-row">
                { select_field(&SelectFieldProps { id: "spec-english".into(), label: "English level".into(), options: labels(&EnglishLevel::ALL, EnglishLevel::label), selected: position(&EnglishLevel::ALL, &spec.english), on_select: on_english, ..Default::default() }) }
                { select_field(&SelectFieldProps { id: "spec-employment".into(), label: "Employment type".into(), options: labels(&Employment::ALL, Employment::label), selected: position(&Employment::ALL, &spec.employment), on_select: on_employment, ..Default::default() }) }
            </div>
            <BudgetFields budget={spec.budget} error={budget_error} on_change={on_budget} />
        </fieldset>
    }
}
