//! The candidate's profile form (S1). Each field saves as it changes; text that cannot be used
//! shows an error in words next to the field and is not saved.

use std::collections::HashMap;

use yew::prelude::*;

use super::profile_edit::{read_field, ProfileField};
use crate::engine::candidate::{Candidate, CandidateStage};
use crate::engine::edit::CandidateEdit;
use crate::engine::money;
use crate::engine::region::Region;
use crate::engine::role::AiTier;
use crate::platform::dom;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub candidate: Candidate,
    /// (id, title) of every saved role spec.
    pub specs: Vec<(String, String)>,
    /// A warning that the saved ask looks mistyped (it stays saved as entered).
    #[prop_or_default]
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

#[function_component(Profile)]
pub fn profile(props: &ProfileProps) -> Html {
    // A refused field keeps the text as typed, next to its message: never the old value.
    let errors = use_state(HashMap::<&'static str, (String, String)>::new);
    // Text typed but not yet committed (change fires on leaving the field): a re-render from
    // another tab's merge would otherwise put the stored value back over it.
    let drafts = use_state(HashMap::<&'static str, String>::new);
    let draft = |key: &'static str| {
        let drafts = drafts.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*drafts).clone();
            next.insert(key, dom::value(&e));
            drafts.set(next);
        })
    };
    let c = &props.candidate;
    // One callback factory for every field: read the control's value, apply, report.
    let on = |field: ProfileField, key: &'static str| {
        let (on_edit, errors, drafts) = (props.on_edit.clone(), errors.clone(), drafts.clone());
        Callback::from(move |e: Event| {
            if drafts.contains_key(key) {
                let mut next = (*drafts).clone();
                next.remove(key);
                drafts.set(next);
            }
            let value = dom::value(&e);
            let mut next_errors = (*errors).clone();
            match read_field(field, &value) {
                Ok(edit) => {
                    next_errors.remove(key);
                    on_edit.emit(edit);
                }
                Err(why) => {
                    next_errors.insert(key, (value, why));
                }
            }
            errors.set(next_errors);
        })
    };
    let error = |key: &str| errors.get(key).map(|(_, why)| why.clone());
    let typed = |key: &str| {
        (errors.get(key).map(|(text, _)| text.clone())).or_else(|| drafts.get(key).cloned())
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
    let ask =
        typed("ask").unwrap_or_else(|| c.salary_ask.map(|a| a.to_string()).unwrap_or_default());
    let years = typed("years").unwrap_or_else(|| c.years.to_string());
    let ask_help = c.salary_ask.map_or_else(
        || "Yearly, in whole US dollars. Leave empty if you do not know yet.".to_string(),
        |a| format!("Yearly, in US dollars: {}.", money::usd(u64::from(a))),
    );
    let (years_error, ask_error, name_missing) =
        (error("years"), error("ask"), c.name.trim().is_empty());
    html! {
        <section class="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{ "Profile" }</h2>
            <div class="field-row">
                <div class="field">
                    <label for="cand-name">{ "Name or pseudonym" }</label>
                    <input id="cand-name" type="text" value={c.name.clone()} oninput={on(ProfileField::Name, "name").reform(Event::from)} aria-invalid={name_missing.to_string()} />
                    if name_missing { <p class="error">{ "Give the candidate a name or a pseudonym so you can find them." }</p> }
                </div>
                <div class="field">
                    <label for="cand-spec">{ "Role spec" }</label>
                    <select id="cand-spec" onchange={on(ProfileField::Spec, "spec")}>
                        <option value="" selected={c.spec_id.is_none()}>{ "No role spec yet" }</option>
                        { for spec_options }
                    </select>
                    <p class="help">{ "Scorecards rate the competencies this spec weights." }</p>
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="cand-region">{ "Region" }</label>
                    <select id="cand-region" onchange={on(ProfileField::Region, "region")}>{ region }</select>
                </div>
                <div class="field">
                    <label for="cand-years">{ "Years of experience" }</label>
                    <input id="cand-years" type="text" inputmode="numeric" value={years} oninput={draft("years")} onchange={on(ProfileField::Years, "years")} aria-invalid={years_error.is_some().to_string()} />
                    if let Some(why) = years_error { <p class="error">{ why }</p> }
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="cand-tier">{ "AI-fluency tier" }</label>
                    <select id="cand-tier" onchange={on(ProfileField::AiTier, "tier")}>{ tiers }</select>
                    <p class="help">{ tier_help }</p>
                </div>
                <div class="field">
                    <label for="cand-ask">{ "Salary ask (USD)" }</label>
                    <input id="cand-ask" type="text" inputmode="numeric" value={ask} oninput={draft("ask")} onchange={on(ProfileField::SalaryAsk, "ask")} aria-invalid={ask_error.is_some().to_string()} />
                    <p class="help">{ ask_help }</p>
                    if let Some(why) = ask_error { <p class="error">{ why }</p> }
                    if let Some(warning) = props.ask_warning.clone() { <p class="warning" role="status">{ warning }</p> }
                </div>
                <div class="field">
                    <label for="cand-stage">{ "Stage" }</label>
                    <select id="cand-stage" onchange={on(ProfileField::Stage, "stage")}>{ stages }</select>
                </div>
            </div>
        </section>
    }
}
