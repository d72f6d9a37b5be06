//! The comparison's radar chart: the candidates the user ticks (up to four, the first ones of
//! the sorted table at the start) against the spec's required profile.

use yew::prelude::*;

use super::radar::{radar_chart, radar_key, RadarChartProps, RadarKeyProps, RadarSeries};
use crate::engine::candidate::RecordId;
use crate::engine::compare::Comparison;

/// At most this many outlines, so the chart stays readable.
pub const MAX_SHOWN: usize = 4;

#[derive(Properties, PartialEq)]
pub struct CompareRadarProps {
    /// The comparison, in the order the table shows it.
    pub table: Comparison,
    /// The spec's required level per column of `table`.
    pub required: Vec<f64>,
}

#[function_component(CompareRadar)]
pub fn compare_radar(props: &CompareRadarProps) -> Html {
    // `None` until the user ticks a box: then the first ones of the table.
    let picked = use_state(|| None::<Vec<RecordId>>);
    let rows = &props.table.rows;
    let shown: Vec<RecordId> = match &*picked {
        Some(ids) => ids
            .iter()
            .filter(|id| rows.iter().any(|r| &r.id == *id))
            .cloned()
            .collect(),
        None => rows.iter().take(2).map(|r| r.id.clone()).collect(),
    };
    let series: Vec<RadarSeries> = shown
        .iter()
        .filter_map(|id| rows.iter().find(|r| &r.id == id))
        .map(|r| RadarSeries {
            name: r.name.clone(),
            values: r.scores.clone(),
        })
        .collect();
    let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    let full = shown.len() >= MAX_SHOWN;
    let boxes = rows.iter().map(|row| {
        let on = shown.contains(&row.id);
        let toggle = {
            let (picked, shown, id) = (picked.clone(), shown.clone(), row.id.clone());
            Callback::from(move |_: Event| {
                let mut next = shown.clone();
                match next.iter().position(|x| *x == id) {
                    Some(at) => {
                        next.remove(at);
                    }
                    None if next.len() < MAX_SHOWN => next.push(id.clone()),
                    None => {}
                }
                picked.set(Some(next));
            })
        };
        let id = format!("radar-pick-{}", row.id);
        html! {
            <label class="choice" for={id.clone()}>
                <input {id} type="checkbox" checked={on} disabled={full && !on} onchange={toggle} />
                { row.name.clone() }
            </label>
        }
    });
    html! {
        <section class="compare-radar" aria-labelledby="compare-radar-heading">
            <h3 id="compare-radar-heading">{ "Profiles against the role spec" }</h3>
            <fieldset class="compare-radar__pick">
                <legend>{ format!("Candidates on the chart (up to {MAX_SHOWN})") }</legend>
                <div class="choice-row">{ for boxes }</div>
            </fieldset>
            if series.is_empty() {
                <p class="muted">{ "Tick a candidate to draw their profile." }</p>
            } else {
                { radar_chart(&RadarChartProps { id: "compare-radar".into(), title: "Chosen candidates against the role spec".into(), competencies: props.table.competencies.clone(), required: props.required.clone(), series }) }
                { radar_key(&RadarKeyProps { names }) }
            }
        </section>
    }
}
