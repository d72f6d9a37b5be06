//! The candidate's profile form (S1). Each field saves as it changes; typed figures that cannot
//! be used show why in words next to the field and are not saved (see `DraftField`).

use yew::prelude::*;

use super::profile_edit::{read_field, ProfileField};
use crate::components::draft_field::DraftField;
use crate::engine::candidate::{Candidate, CandidateStage};
use crate::engine::edit::CandidateEdit;
use crate::engine::money;
use crate::engine::region::Region;
use crate::engine::role::AiTier;
use crate::platform::dom;

#[derive(PartialEq)]
pub struct ProfileProps {
    pub candidate: Candidate,
    /// (id, title) of every saved role spec.
    pub specs: Vec<(String, String)>,
    /// A warning that the saved ask looks mistyped (it stays saved as entered).
    pub ask_warning: Option<AttrValue>,
    pub on_edit: Callback<CandidateEdit>,
}

fn options(labels: impl Iterator<Item = &'static str>, selected: usize) -> Html {
    labels
        .enumerate()
        .map(|(i, label)| html! { <option value={i.to_string()} selected={i == selected}>{ label }</option> })
        .collect()
}

fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|x| x == value).unwrap_or(0)
}

pub fn profile(props: &ProfileProps) -> Html {
    let c = &props.candidate;
    // Selects and the name save as they change; what cannot be used is not saved.
    let on = |field: ProfileField| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            if let Ok(edit) = read_field(field, &dom::value(&e)) {
                on_edit.emit(edit);
            }
        })
    };
    // Typed figures: the edit saved and the stored text it stands for, or the refusal.
    let typed = |field: ProfileField| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |text: String| {
            let edit = read_field(field, &text)?;
            let means = match &edit {
                CandidateEdit::Years { years } => years.to_string(),
                CandidateEdit::SalaryAsk { ask } => ask.map(|a| a.to_string()).unwrap_or_default(),
                _ => text,
            };
            on_edit.emit(edit);
            Ok(means)
        })
    };
    let spec_options = props.specs.iter().map(|(id, title)| {
        let selected = c.spec_id.as_deref() == Some(id.as_str());
        html! { <option value={id.clone()} {selected}>{ title.clone() }</option> }
    });
    let region = options(
        Region::ALL.iter().map(|r| r.label()),
        position(&Region::ALL, &c.region),
    );
    let tiers = options(
        AiTier::ALL.iter().map(|t| t.label()),
        position(&AiTier::ALL, &c.ai_tier),
    );
    let stages = options(
        CandidateStage::ALL.iter().map(|s| s.label()),
        position(&CandidateStage::ALL, &c.stage),
    );
    let tier_help = c.ai_tier.meaning();
    let ask = c.salary_ask.map(|a| a.to_string()).unwrap_or_default();
    let ask_help = c.salary_ask.map_or_else(
        || "Yearly, in whole US dollars. Leave empty if you do not know yet.".to_string(),
        |a| format!("Yearly, in US dollars: {}.", money::usd(u64::from(a))),
    );
    let name_missing = c.name.trim().is_empty();
    html! {
        <section class="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{ "Profile" }</h2>
            <div class="field-row">
                <div class="field">
                    <label for="cand-name">{ "Name or pseudonym" }</label>
                    <input id="cand-name" type="text" value={c.name.clone()} oninput={on(ProfileField::Name).reform(Event::from)} aria-invalid={name_missing.to_string()} />
                    if name_missing { <p class="error">{ "Give the candidate a name or a pseudonym so you can find them." }</p> }
                </div>
                <div class="field">
                    <label for="cand-spec">{ "Role spec" }</label>
                    <select id="cand-spec" onchange={on(ProfileField::Spec)}>
                        <option value="" selected={c.spec_id.is_none()}>{ "No role spec yet" }</option>
                        { for spec_options }
                    </select>
                    <p class="help">{ "Scorecards rate the competencies this spec weights." }</p>
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="cand-region">{ "Region" }</label>
                    <select id="cand-region" onchange={on(ProfileField::Region)}>{ region }</select>
                </div>
                <DraftField id="cand-years" label="Years of experience" value={c.years.to_string()}
                    on_input={typed(ProfileField::Years)} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="cand-tier">{ "AI-fluency tier" }</label>
                    <select id="cand-tier" onchange={on(ProfileField::AiTier)}>{ tiers }</select>
                    <p class="help">{ tier_help }</p>
                </div>
                <DraftField id="cand-ask" label="Salary ask (USD)" help={ask_help} value={ask}
                    on_input={typed(ProfileField::SalaryAsk)}>
                    if let Some(warning) = props.ask_warning.clone() { <p class="warning" role="status">{ warning }</p> }
                </DraftField>
                <div class="field">
                    <label for="cand-stage">{ "Stage" }</label>
                    <select id="cand-stage" onchange={on(ProfileField::Stage)}>{ stages }</select>
                </div>
            </div>
        </section>
    }
}
