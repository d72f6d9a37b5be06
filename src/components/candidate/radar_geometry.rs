//! Where the radar chart draws things, as numbers: spokes, shapes, label boxes, and the runs of
//! assessed spokes a candidate's outline joins. No browser, so native tests pin the layout.

/// The SVG canvas.
pub const VIEW_W: f64 = 560.0;
pub const VIEW_H: f64 = 340.0;
pub const CX: f64 = 280.0;
pub const CY: f64 = 170.0;
/// Radius of a 4 (the top of the scale).
pub const R: f64 = 110.0;
/// Label font size and line height in SVG units (the CSS sets the same 14px).
pub const FONT: f64 = 14.0;
pub const LINE: f64 = 16.8;
/// A generous average glyph width for the label font, so estimated boxes are never too small.
const CHAR_W: f64 = 0.56 * FONT;
/// Where labels sit: a little past the top ring.
const LABEL_AT: f64 = 4.6;

/// Where a value sits on spoke `i` of `n` (spoke 0 points up, then clockwise).
pub fn spoke(i: usize, n: usize, value: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    let r = R * value.clamp(0.0, LABEL_AT) / 4.0;
    (CX + r * angle.cos(), CY + r * angle.sin())
}

/// SVG `points` through (spoke, value) pairs, in the order given.
pub fn points(n: usize, at: impl Iterator<Item = (usize, f64)>) -> String {
    at.map(|(i, v)| {
        let (x, y) = spoke(i, n, v);
        format!("{x:.1},{y:.1}")
    })
    .collect::<Vec<_>>()
    .join(" ")
}

/// SVG `points` for a closed shape through one value per spoke.
pub fn polygon(values: &[f64]) -> String {
    points(values.len(), values.iter().copied().enumerate())
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

/// A spoke's label, placed: its lines grow away from the chart (upwards above the centre,
/// downwards below it), so a two-line label at the top never runs into its neighbours.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelLayout<'a> {
    pub anchor: &'static str,
    pub x: f64,
    /// Baseline of each line.
    pub baselines: Vec<f64>,
    pub lines: Vec<&'a str>,
}

impl LabelLayout<'_> {
    /// Estimated (left, top, right, bottom) of the text.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let width = self.lines.iter().map(|l| l.len()).max().unwrap_or(0) as f64 * CHAR_W;
        let left = match self.anchor {
            "start" => self.x,
            "end" => self.x - width,
            _ => self.x - width / 2.0,
        };
        let top = self.baselines.first().copied().unwrap_or(0.0) - FONT;
        let bottom = self.baselines.last().copied().unwrap_or(0.0) + FONT * 0.3;
        (left, top, left + width, bottom)
    }
}

pub fn label_layout(i: usize, n: usize, label: &str) -> LabelLayout<'_> {
    let (x, y) = spoke(i, n, LABEL_AT);
    let anchor = if (x - CX).abs() < 1.0 {
        "middle"
    } else if x > CX {
        "start"
    } else {
        "end"
    };
    let lines = label_lines(label);
    let height = LINE * lines.len() as f64;
    // Top of the text block: above the spoke end, centred on it, or below it. Only labels
    // near the top or bottom grow away; at the sides, centring keeps neighbours apart.
    let reach = R * LABEL_AT / 4.0 * 0.8;
    let top = if y < CY - reach {
        y - height + FONT * 0.3
    } else if y > CY + reach {
        y - FONT * 0.3
    } else {
        y - height / 2.0
    };
    let baselines = (0..lines.len())
        .map(|k| top + FONT + LINE * k as f64)
        .collect();
    LabelLayout {
        anchor,
        x,
        baselines,
        lines,
    }
}

/// How one candidate's outline is drawn over the spokes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outline {
    /// Every spoke assessed: one closed shape.
    Closed,
    /// Some spokes not assessed: open lines through each run of neighbouring assessed spokes
    /// (a run may wrap past the last spoke), so a gap is a gap and never a dip to zero.
    Runs(Vec<Vec<usize>>),
}

pub fn outline(values: &[Option<f64>]) -> Outline {
    let n = values.len();
    let Some(gap) = values.iter().position(Option::is_none) else {
        return Outline::Closed;
    };
    let mut runs = Vec::new();
    let mut run = Vec::new();
    // Start just after a gap, so a run that wraps past the end stays whole.
    for step in 1..=n {
        let i = (gap + step) % n;
        if values[i].is_some() {
            run.push(i);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    Outline::Runs(runs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::Competency;

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

    fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    #[test]
    fn no_two_labels_overlap_and_all_stay_on_the_canvas() {
        // Every count of weighted competencies, first ones in catalogue order.
        for n in 3..=Competency::ALL.len() {
            let boxes: Vec<_> = Competency::ALL[..n]
                .iter()
                .enumerate()
                .map(|(i, c)| (c.label(), label_layout(i, n, c.label()).bounds()))
                .collect();
            for (k, (name, b)) in boxes.iter().enumerate() {
                assert!(
                    b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= VIEW_W && b.3 <= VIEW_H,
                    "{name} off the canvas with {n} spokes: {b:?}"
                );
                for (other, c) in &boxes[..k] {
                    assert!(!overlap(*b, *c), "{name} overlaps {other} with {n} spokes");
                }
            }
        }
    }

    #[test]
    fn unassessed_spokes_break_the_outline_instead_of_dipping_to_zero() {
        let s = Some(3.0);
        assert_eq!(outline(&[s, s, s]), Outline::Closed);
        assert_eq!(
            outline(&[s, None, s, s, None]),
            Outline::Runs(vec![vec![2, 3], vec![0]])
        );
        // A run that wraps past the last spoke stays one run.
        assert_eq!(
            outline(&[s, s, None, s]),
            Outline::Runs(vec![vec![3, 0, 1]])
        );
        assert_eq!(outline(&[None, None, None]), Outline::Runs(vec![]));
    }
}
