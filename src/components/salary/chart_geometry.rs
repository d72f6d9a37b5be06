//! Pixels for the band chart. The engine has already put every figure on one scale
//! (`ChartScale::share`); this only turns shares into x positions inside a fixed drawing box.

use crate::engine::salary::{ChartRow, ChartScale};

pub const WIDTH: f64 = 640.0;
const LEFT: f64 = 12.0;
const RIGHT: f64 = 28.0;
/// Room above the bars for the ask's label.
pub const TOP: f64 = 34.0;
pub const ROW: f64 = 48.0;
pub const BAR_HEIGHT: f64 = 18.0;
/// Where a row's bar starts below the row's top (its label sits above it).
pub const BAR_OFFSET: f64 = 22.0;
/// Room below the bars for the axis labels.
const AXIS: f64 = 30.0;

pub fn plot_right() -> f64 {
    WIDTH - RIGHT
}

pub fn plot_left() -> f64 {
    LEFT
}

/// The x position of a dollar figure.
pub fn x(scale: &ChartScale, value: u64) -> f64 {
    LEFT + scale.share(value) * (WIDTH - LEFT - RIGHT)
}

/// The bottom of the last row, where the axis runs.
pub fn axis_y(rows: usize) -> f64 {
    TOP + ROW * rows as f64
}

pub fn height(rows: usize) -> f64 {
    axis_y(rows) + AXIS
}

/// A horizontal span: left edge and width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub x: f64,
    pub width: f64,
}

/// A bar: the published part, and for an open band the part past its listed top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub solid: Span,
    pub open: Option<Span>,
}

pub fn bar(scale: &ChartScale, row: &ChartRow) -> Bar {
    let span = |from: u64, to: u64| {
        let start = x(scale, from);
        Span {
            x: start,
            width: (x(scale, to) - start).max(0.0),
        }
    };
    Bar {
        solid: span(row.min, row.max),
        open: row.open.then(|| span(row.max, row.bar_end)),
    }
}

/// How to anchor a label at `x` so it stays inside the drawing.
pub fn anchor(x: f64) -> &'static str {
    let share = (x - LEFT) / (WIDTH - LEFT - RIGHT);
    if share < 0.15 {
        "start"
    } else if share > 0.8 {
        "end"
    } else {
        "middle"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::salary::{chart_rows, guide_bands};

    #[test]
    fn an_open_band_runs_to_the_edge_and_a_closed_one_stops_at_its_top() {
        let scale = chart_rows(&guide_bands(), Some(120_000));
        assert_eq!(scale.max_value, 230_000);
        let latam_senior = bar(&scale, &scale.rows[2]);
        let open = latam_senior.open.expect("the senior band is open");
        assert!((open.x + open.width - plot_right()).abs() < 1e-9);
        assert!((latam_senior.solid.x - x(&scale, 70_000)).abs() < 1e-9);
        let latam_entry = bar(&scale, &scale.rows[0]);
        assert_eq!(latam_entry.open, None);
        assert!((latam_entry.solid.width - (x(&scale, 32_000) - x(&scale, 22_000))).abs() < 1e-9);
    }

    #[test]
    fn labels_near_the_edges_stay_inside() {
        assert_eq!(anchor(plot_left()), "start");
        assert_eq!(anchor(WIDTH / 2.0), "middle");
        assert_eq!(anchor(plot_right()), "end");
        assert_eq!(height(0), TOP + 30.0);
    }
}
