//! The chart's card: every band, or only the level picked above, with the ask marked.

use yew::prelude::*;

use super::chart::{band_chart, BandChartProps};
use super::field::on_check;
use super::model::distinct_sources;
use crate::components::citation::{citation, CitationProps};
use crate::engine::salary::{ChartScale, Level};

#[derive(PartialEq)]
pub struct ChartCardProps {
    pub scale: ChartScale,
    pub level: Level,
    pub only_level: bool,
    pub on_only_level: Callback<bool>,
}

pub fn chart_card(props: &ChartCardProps) -> Html {
    let toggle_label = format!("Show only the {} bands", props.level.label().to_lowercase());
    let sources = distinct_sources(props.scale.rows.iter().map(|r| r.source));
    html! {
        <section class="card" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Bands on one scale" }</h2>
            <p class="how-it-works">{ "Each bar is a band from its bottom to its top. A band the guide leaves open fades out past its listed top. The line marks the ask from the offer check." }</p>
            <p class="salary-check">
                <input id="chart-only-level" type="checkbox" checked={props.only_level}
                    onchange={on_check(props.on_only_level.clone())} />
                <label for="chart-only-level">{ toggle_label }</label>
            </p>
            { band_chart(&BandChartProps { scale: props.scale.clone() }) }
            { citation(&CitationProps { text: sources.into(), ..Default::default() }) }
        </section>
    }
}
