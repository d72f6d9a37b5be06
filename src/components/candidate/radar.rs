//! The radar chart (S5): the candidate's score per weighted competency against the spec's
//! required level, as inline SVG with a table as its text equivalent. Colours come from CSS
//! classes only (the CSP forbids inline styles), so dark mode and print just work.

use yew::prelude::*;

use crate::engine::compare::RadarPoint;

const CX: f64 = 280.0;
const CY: f64 = 170.0;
/// Radius of a 4 (the top of the scale).
const R: f64 = 110.0;

/// Where a value sits on spoke `i` of `n` (spoke 0 points up, then clockwise).
pub fn spoke(i: usize, n: usize, value: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    let r = R * value.clamp(0.0, 4.0) / 4.0;
    (CX + r * angle.cos(), CY + r * angle.sin())
}

/// SVG `points` for a closed shape through one value per spoke.
pub fn polygon(values: &[f64]) -> String {
    let n = values.len();
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = spoke(i, n, *v);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A long label split in two lines at the space nearest its middle, so it fits beside the chart.
pub fn label_lines(label: &str) -> Vec<&str> {
    if label.len() <= 14 {
        return vec![label];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => vec![&label[..i], &label[i + 1..]],
        None => vec![label],
    }
}

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    pub points: Vec<RadarPoint>,
    pub name: AttrValue,
}

#[function_component(Radar)]
pub fn radar(props: &RadarProps) -> Html {
    let points = &props.points;
    let n = points.len();
    let required: Vec<f64> = points.iter().map(|p| p.required).collect();
    let actual: Vec<f64> = points.iter().map(|p| p.actual.unwrap_or(0.0)).collect();
    let rings = (1..=4).map(|level| {
        html! { <polygon class="radar__ring" points={polygon(&vec![f64::from(level); n])} /> }
    });
    let spokes = points.iter().enumerate().map(|(i, p)| {
        let (x, y) = spoke(i, n, 4.0);
        let (lx, ly) = spoke(i, n, 4.6);
        let anchor = if (lx - CX).abs() < 1.0 { "middle" } else if lx > CX { "start" } else { "end" };
        let lines = label_lines(p.competency.label());
        // Centre multi-line labels on their spoke's end.
        let first_dy = format!("{:.1}em", 0.35 - 0.6 * (lines.len() as f64 - 1.0));
        let tspans = lines.iter().enumerate().map(|(k, line)| {
            let dy = if k == 0 { first_dy.clone() } else { "1.2em".to_string() };
            html! { <tspan x={format!("{lx:.1}")} {dy}>{ *line }</tspan> }
        });
        html! {
            <g>
                <line class="radar__axis" x1={CX.to_string()} y1={CY.to_string()} x2={format!("{x:.1}")} y2={format!("{y:.1}")} />
                <text x={format!("{lx:.1}")} y={format!("{ly:.1}")} text-anchor={anchor}>{ for tspans }</text>
            </g>
        }
    });
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
                <td class="num">{ format!("{:.0}", p.required) }</td>
                <td class="num">{ actual }</td>
                <td>{ meets }</td>
            </tr>
        }
    });
    let title = format!("{}: scores against the role spec", props.name);
    let desc = "The dashed shape is the level the role spec requires for each weighted competency (1 to 4); the filled shape is the candidate's average score. Competencies not assessed sit at the centre.";
    html! {
        <section class="card" aria-labelledby="radar-heading">
            <h2 id="radar-heading">{ "Profile against the role spec" }</h2>
            if n >= 3 {
                <svg class="chart radar" viewBox="0 0 560 340" role="img" aria-labelledby="radar-title radar-desc">
                    <title id="radar-title">{ title }</title>
                    <desc id="radar-desc">{ desc }</desc>
                    { for rings }
                    { for spokes }
                    <polygon class="radar__required" points={polygon(&required)} />
                    <polygon class="radar__actual" points={polygon(&actual)} />
                </svg>
                <p class="radar__key small">
                    <span class="radar__swatch radar__swatch--actual" aria-hidden="true"></span>{ "Candidate " }
                    <span class="radar__swatch radar__swatch--required" aria-hidden="true"></span>{ "Required by the spec" }
                </p>
            } else {
                <p class="muted">{ "The chart needs at least 3 weighted competencies; the table shows them all." }</p>
            }
            <div class="table-wrap">
                <table class="radar-table">
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spokes_start_at_the_top_and_scale_with_the_value() {
        let (x, y) = spoke(0, 4, 4.0);
        assert!((x - CX).abs() < 1e-9 && (y - (CY - R)).abs() < 1e-9);
        let (x, y) = spoke(1, 4, 2.0);
        assert!((x - (CX + R / 2.0)).abs() < 1e-9 && (y - CY).abs() < 1e-9);
        assert_eq!(spoke(2, 4, 0.0), (CX, CY));
        assert_eq!(polygon(&[4.0, 4.0, 4.0]).split(' ').count(), 3);
    }

    #[test]
    fn long_labels_split_near_the_middle() {
        assert_eq!(label_lines("Databases"), ["Databases"]);
        assert_eq!(
            label_lines("Communication and teamwork"),
            ["Communication", "and teamwork"]
        );
        assert_eq!(
            label_lines("Performance and scalability"),
            ["Performance", "and scalability"]
        );
    }
}
