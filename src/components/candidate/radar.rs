//! The radar chart (S5): candidates' scores per weighted competency against the spec's required
//! level, as inline SVG with a table as its text equivalent. Colours come from CSS classes only
//! (the CSP forbids inline styles), so dark mode and print just work. A competency a candidate
//! was not assessed on is a gap in their outline and a hollow mark on the spoke, never a zero.

use yew::prelude::*;

use super::radar_geometry::{label_layout, outline, points, polygon, spoke, Outline, CX, CY};
use crate::engine::compare::RadarPoint;
use crate::engine::competency::Competency;

/// One candidate's outline: a score per spoke, `None` where not assessed.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

#[derive(PartialEq)]
pub struct RadarChartProps {
    /// Makes the SVG's title and description ids unique on the page.
    pub id: AttrValue,
    pub title: AttrValue,
    pub competencies: Vec<Competency>,
    /// The spec's required level per spoke, 1-4.
    pub required: Vec<f64>,
    /// At most four outlines, drawn in series colours 0-3.
    pub series: Vec<RadarSeries>,
}

pub fn radar_chart(props: &RadarChartProps) -> Html {
    let n = props.competencies.len();
    if n < 3 {
        return html! { <p class="muted">{ "The chart needs at least 3 weighted competencies; the table shows them all." }</p> };
    }
    let rings = (1..=4).map(|level| {
        html! { <polygon class="radar__ring" points={polygon(&vec![f64::from(level); n])} /> }
    });
    let nobody = |i: usize| {
        props
            .series
            .iter()
            .all(|s| s.values.get(i).copied().flatten().is_none())
    };
    let spokes = props.competencies.iter().enumerate().map(|(i, c)| {
        let (x, y) = spoke(i, n, 4.0);
        let unassessed = nobody(i);
        let layout = label_layout(i, n, c.label());
        let tspans = layout.lines.iter().zip(&layout.baselines).map(|(line, base)| {
            html! { <tspan x={format!("{:.1}", layout.x)} y={format!("{base:.1}")}>{ *line }</tspan> }
        });
        let note = unassessed.then(|| {
            let below = layout.baselines.last().copied().unwrap_or(0.0) + 14.0;
            html! { <tspan class="radar__na" x={format!("{:.1}", layout.x)} y={format!("{below:.1}")}>{ "not assessed" }</tspan> }
        });
        html! {
            <g>
                <line class={classes!("radar__axis", unassessed.then_some("radar__axis--na"))}
                    x1={CX.to_string()} y1={CY.to_string()} x2={format!("{x:.1}")} y2={format!("{y:.1}")} />
                <text text-anchor={layout.anchor}>{ for tspans }{ for note }</text>
            </g>
        }
    });
    let outlines = props
        .series
        .iter()
        .enumerate()
        .map(|(k, s)| series_shape(k, n, s));
    let desc = "The dashed shape is the level the role spec requires for each weighted competency (1 to 4); each solid outline is a candidate's average score. A competency a candidate was not assessed on leaves a gap in their outline and a hollow circle at the centre of its spoke.";
    let (title_id, desc_id) = (format!("{}-title", props.id), format!("{}-desc", props.id));
    html! {
        <svg class="chart radar" viewBox="0 0 560 340" role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ props.title.clone() }</title>
            <desc id={desc_id}>{ desc }</desc>
            { for rings }
            { for spokes }
            <polygon class="radar__required" points={polygon(&props.required)} />
            { for outlines }
        </svg>
    }
}

fn series_shape(k: usize, n: usize, s: &RadarSeries) -> Html {
    let class = format!("radar__series radar__series--{}", k % 4);
    let assessed = || {
        s.values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (i, v)))
    };
    let shape = match outline(&s.values) {
        Outline::Closed => {
            html! { <polygon class="radar__shape" points={points(n, assessed())} /> }
        }
        Outline::Runs(runs) => runs
            .iter()
            .filter(|run| run.len() > 1)
            .map(|run| {
                let at = run.iter().map(|&i| (i, s.values[i].unwrap_or(0.0)));
                html! { <polyline class="radar__line" points={points(n, at)} /> }
            })
            .collect(),
    };
    let dots = assessed().map(|(i, v)| {
        let (x, y) = spoke(i, n, v);
        html! { <circle class="radar__dot" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" /> }
    });
    let gaps = s.values.iter().enumerate().filter(|(_, v)| v.is_none()).map(|(i, _)| {
        let (x, y) = spoke(i, n, 0.6 + 0.25 * (k % 4) as f64);
        html! { <circle class="radar__gap" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" /> }
    });
    html! { <g {class}>{ shape }{ for dots }{ for gaps }</g> }
}

#[derive(PartialEq)]
pub struct RadarProps {
    pub points: Vec<RadarPoint>,
    pub name: AttrValue,
}

/// One candidate's page: the chart and its table.
pub fn radar(props: &RadarProps) -> Html {
    let points = &props.points;
    let competencies: Vec<Competency> = points.iter().map(|p| p.competency).collect();
    let required: Vec<f64> = points.iter().map(|p| p.required).collect();
    let series = vec![RadarSeries {
        name: props.name.to_string(),
        values: points.iter().map(|p| p.actual).collect(),
    }];
    let rows = points.iter().map(|p| {
        let actual = p
            .actual
            .map_or_else(|| "Not assessed".to_string(), |a| format!("{a:.1}"));
        let meets = match p.actual {
            Some(a) if a + 1e-9 >= p.required => "Meets",
            Some(_) => "Below",
            None => "—",
        };
        html! {
            <tr>
                <th scope="row">{ p.competency.label() }</th>
                <td class="num" data-label="Required">{ format!("{:.0}", p.required) }</td>
                <td class="num" data-label="Score">{ actual }</td>
                <td data-label="Meets the level?">{ meets }</td>
            </tr>
        }
    });
    let title = format!("{}: scores against the role spec", props.name);
    html! {
        <section class="card" aria-labelledby="radar-heading">
            <h2 id="radar-heading">{ "Profile against the role spec" }</h2>
            { radar_chart(&RadarChartProps { id: "radar".into(), title: title.into(), competencies, required, series }) }
            { radar_key(&RadarKeyProps { names: vec![props.name.to_string()] }) }
            <div class="table-wrap">
                <table class="radar-table stack-on-phone">
                    <caption>{ "Scores against the required level" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Competency" }</th><th scope="col" class="num">{ "Required" }</th>
                        <th scope="col" class="num">{ "Score" }</th><th scope="col">{ "Meets the level?" }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

#[derive(PartialEq)]
pub struct RadarKeyProps {
    /// Candidate names, in series order.
    pub names: Vec<String>,
}

/// What each line style means: a swatch per candidate, the spec's dashed line, the gap mark.
pub fn radar_key(props: &RadarKeyProps) -> Html {
    let names = props.names.iter().enumerate().map(|(k, name)| html! {
        <span class="radar__key-item">
            <span class={format!("radar__swatch radar__swatch--{}", k % 4)} aria-hidden="true"></span>{ name.clone() }
        </span>
    });
    html! {
        <p class="radar__key small">
            { for names }
            <span class="radar__key-item"><span class="radar__swatch radar__swatch--required" aria-hidden="true"></span>{ "Required by the spec" }</span>
            <span class="radar__key-item"><span class="radar__gap-swatch" aria-hidden="true"></span>{ "Not assessed" }</span>
        </p>
    }
}
