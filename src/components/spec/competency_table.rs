//! The competencies group: for all 14 areas a weight (0-10) with its live share of 100%, the
//! level a hire must reach, and whether the area is a must-have.

use yew::prelude::*;

use super::edit::problem_text;
use super::role_fields::SpecPartProps;
use crate::components::draft_field::DraftField;
use crate::engine::competency::{Competency, Rating};
use crate::engine::edit::SpecEdit;
use crate::engine::input;
use crate::engine::spec_rules::{weight_shares, SpecField, WEIGHT_MAX};
use crate::platform::dom;

/// The share of each area in catalogue order (0 for an area the spec leaves out).
pub fn shares_in_catalogue_order(shares: &[(Competency, u8)]) -> Vec<u8> {
    Competency::ALL
        .iter()
        .map(|c| {
            shares
                .iter()
                .find(|(s, _)| s == c)
                .map_or(0, |(_, share)| *share)
        })
        .collect()
}

fn row(competency: Competency, props: &SpecPartProps, share: u8) -> Html {
    let req = props.spec.requirement(competency);
    let key = competency.index();
    let label = competency.label();
    let weight_id = format!("weight-{key}");
    let on_weight = {
        let edit = props.on_edit.clone();
        Callback::from(move |text: String| {
            let weight = input::whole(&text, 0, WEIGHT_MAX.into(), "numbers")? as u8;
            edit.emit(SpecEdit::Weight { competency, weight });
            Ok(weight.to_string())
        })
    };
    let on_level = props.on_edit.reform(move |e: Event| {
        let index = dom::selected_index(&e);
        SpecEdit::Required {
            competency,
            rating: Rating::ALL.get(index).copied().unwrap_or(Rating::Solid),
        }
    });
    let on_must = props.on_edit.reform(move |e: Event| SpecEdit::MustHave {
        competency,
        must_have: dom::checked(&e),
    });
    let levels = Rating::ALL.iter().map(|r| {
        let text = format!("{} · {}", r.value(), r.label());
        html! { <option selected={*r == req.required}>{ text }</option> }
    });
    let share_text = format!("{share}%");
    let weight_label = format!("Weight of {label}, 0 to {WEIGHT_MAX}");
    let level_label = format!("Required level for {label}");
    let must_label = format!("{label} is a must-have");
    html! {
        <tr key={key}>
            <th scope="row">{ label }</th>
            <td><DraftField id={weight_id} label={weight_label} hide_label={true} value={req.weight.to_string()}
                on_input={on_weight} class={classes!("weight-input")} /></td>
            <td class="num share">{ share_text }</td>
            <td><select aria-label={level_label} aria-describedby="rating-scale" onchange={on_level}>{ for levels }</select></td>
            <td class="center"><input type="checkbox" checked={req.must_have} onchange={on_must}
                aria-label={must_label} /></td>
        </tr>
    }
}

pub fn competency_table(props: &SpecPartProps) -> Html {
    let shares = shares_in_catalogue_order(&weight_shares(&props.spec));
    let rows = Competency::ALL
        .iter()
        .zip(shares)
        .map(|(&competency, share)| row(competency, props, share));
    let error = problem_text(&props.problems, SpecField::Competencies);
    let total = format!(
        "Total weight {}: each share is the area's weight divided by the total, rounded so the shares add up to 100%.",
        props.spec.total_weight()
    );
    let scale = Rating::ALL.iter().map(|r| {
        let term = format!("{} · {}", r.value(), r.label());
        html! { <><dt>{ term }</dt><dd>{ r.meaning() }</dd></> }
    });
    let areas = Competency::ALL.iter().map(|c| {
        html! { <><dt>{ c.label() }</dt><dd>{ c.description() }</dd></> }
    });
    html! {
        <fieldset>
            <legend>{ "Competencies" }</legend>
            <p class="help">{ "Give each area a weight from 0 (not assessed) to 10. A must-have rated 2 or lower blocks a hire." }</p>
            <div class="table-wrap">
                <table class="competency-table">
                    <thead><tr>
                        <th scope="col">{ "Area" }</th><th scope="col">{ "Weight" }</th>
                        <th scope="col" class="num">{ "Share" }</th><th scope="col">{ "Required level" }</th>
                        <th scope="col">{ "Must-have" }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="help">{ total }</p>
            if let Some(error) = error {
                <p class="error">{ "⚠ " }{ error }</p>
            }
            <details class="areas">
                <summary>{ "What each area covers" }</summary>
                <dl class="rating-scale">{ for areas }</dl>
            </details>
            <h3 class="scale-heading">{ "What the levels mean" }</h3>
            <dl class="rating-scale" id="rating-scale">{ for scale }</dl>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::role::RoleSpec;

    #[test]
    fn shares_follow_the_catalogue_even_for_a_reordered_spec() {
        let mut spec = RoleSpec::default();
        spec.competencies.reverse();
        spec.competencies[0].weight = 10; // communication, last in the catalogue
        let shares = shares_in_catalogue_order(&weight_shares(&spec));
        assert_eq!(shares.len(), 14);
        assert_eq!(shares.iter().map(|&s| u32::from(s)).sum::<u32>(), 100);
        assert_eq!(shares[13], 13); // 10 of 75
                                    // 5 of 75 is 6.67: nine of the thirteen such areas round up, earlier spec rows first.
        assert_eq!(shares[12], 7);
        assert_eq!(shares[0], 6);
    }
}
