//! Band chart (C6): each band as a horizontal bar on one scale, open tops fading out past the
//! listed figure with a "+", the ask as a vertical marker; the same figures follow as a table.

use yew::prelude::*;

use super::chart_geometry::{self as geo, Bar};
use super::chart_table::{chart_table, ChartTableProps};
use crate::engine::money;
use crate::engine::region::Market;
use crate::engine::salary::{ChartRow, ChartScale, UpperBound};

#[derive(PartialEq)]
pub struct BandChartProps {
    pub scale: ChartScale,
}

pub fn band_chart(props: &BandChartProps) -> Html {
    let scale = &props.scale;
    let count = scale.rows.len();
    let axis_y = geo::axis_y(count);
    let view_box = format!("0 0 {} {}", geo::WIDTH, geo::height(count));
    let rows = scale
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| bar_row(scale, i, row));
    let ticks = scale
        .ticks()
        .into_iter()
        .map(|t| tick(geo::x(scale, t), axis_y, money::usd(t)));
    let ask_marker = scale.ask.map(|ask| {
        let x = geo::x(scale, ask);
        html! {
            <g class="salary-chart__ask">
                <line x1={x.to_string()} x2={x.to_string()} y1={(geo::TOP - 8.0).to_string()} y2={axis_y.to_string()} />
                <text x={x.to_string()} y={(geo::TOP - 14.0).to_string()} text-anchor={geo::anchor(x)}>{ format!("Ask {}", money::usd(ask)) }</text>
            </g>
        }
    });
    let description = match scale.ask {
        Some(ask) => format!("Each bar runs from the bottom to the top of a band. Open bands fade out past their listed top. The vertical line marks the ask of {}.", money::usd(ask)),
        None => "Each bar runs from the bottom to the top of a band. Open bands fade out past their listed top.".to_string(),
    };
    html! {
        <>
            <div class="table-wrap">
                <svg class="chart salary-chart" viewBox={view_box} role="img"
                    aria-labelledby="salary-chart-title salary-chart-desc">
                    <title id="salary-chart-title">{ "Salary bands, US dollars a year" }</title>
                    <desc id="salary-chart-desc">{ description }</desc>
                    <defs>{ for Market::ALL.into_iter().map(fade) }</defs>
                    { tick(geo::plot_left(), axis_y, "$0".to_string()) }
                    { for ticks }
                    <line class="axis" x1={geo::plot_left().to_string()} x2={geo::plot_right().to_string()}
                        y1={axis_y.to_string()} y2={axis_y.to_string()} />
                    { for rows }
                    { for ask_marker }
                </svg>
            </div>
            { chart_table(&ChartTableProps { rows: scale.rows.clone(), ask: scale.ask }) }
        </>
    }
}

// Helpers

fn market_class(market: Market) -> &'static str {
    match market {
        Market::UnitedStates => "us",
        Market::LatinAmerica => "latam",
    }
}

/// The fill of an open band's end: its market's colour fading to nothing.
fn fade(market: Market) -> Html {
    let id = format!("salary-fade-{}", market_class(market));
    let class = format!("salary-fade salary-fade--{}", market_class(market));
    html! {
        <linearGradient {id} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" class={format!("{class} salary-fade__from")} />
            <stop offset="1" class={format!("{class} salary-fade__to")} />
        </linearGradient>
    }
}

fn tick(x: f64, axis_y: f64, label: String) -> Html {
    html! {
        <g class="salary-chart__tick">
            <line class="salary-chart__grid" x1={x.to_string()} x2={x.to_string()} y1={geo::TOP.to_string()} y2={axis_y.to_string()} />
            <text x={x.to_string()} y={(axis_y + 18.0).to_string()} text-anchor={geo::anchor(x)}>{ label }</text>
        </g>
    }
}

fn bar_row(scale: &ChartScale, index: usize, row: &ChartRow) -> Html {
    let top = geo::TOP + geo::ROW * index as f64;
    let bar_y = (top + geo::BAR_OFFSET).to_string();
    let height = geo::BAR_HEIGHT.to_string();
    let Bar { solid, open } = geo::bar(scale, row);
    let max = if row.open {
        UpperBound::Open(row.max)
    } else {
        UpperBound::Closed(row.max)
    };
    let label = format!("{}: {}", row.label, money::range(row.min, max));
    let market = market_class(row.market);
    let open_end = open.map(|span| {
        let plus_x = (span.x + span.width + 4.0).to_string();
        let plus_y = (top + geo::BAR_OFFSET + geo::BAR_HEIGHT - 4.0).to_string();
        html! {
            <>
                <rect class="salary-bar__open" x={span.x.to_string()} y={bar_y.clone()} width={span.width.to_string()} height={height.clone()} />
                <text class="salary-bar__plus" x={plus_x} y={plus_y}>{ "+" }</text>
            </>
        }
    });
    html! {
        <g class={format!("salary-bar salary-bar--{market}")}>
            <text x={geo::plot_left().to_string()} y={(top + 16.0).to_string()}>{ label }</text>
            <rect class="salary-bar__solid" x={solid.x.to_string()} y={bar_y.clone()} width={solid.width.to_string()} {height} />
            { for open_end }
        </g>
    }
}
