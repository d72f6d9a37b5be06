//! How the kit's minutes spread over competencies, next to the share the spec's weights ask for.

use yew::prelude::*;

use crate::engine::kit::{CompetencyCoverage, CoverageFit};
use crate::engine::money::percent;

#[derive(PartialEq)]
pub struct CoverageTableProps {
    /// Every competency, as `kit::coverage` returns them.
    pub rows: Vec<CompetencyCoverage>,
}

pub fn coverage_table(props: &CoverageTableProps) -> Html {
    let rows = props
        .rows
        .iter()
        .filter(|r| r.target_share_pct > 0.0 || r.questions > 0)
        .map(|r| {
            let (class, word) = status(r);
            html! {
                <tr>
                    <th scope="row">{ r.competency.label() }</th>
                    <td class="num" data-label="Weight share">{ percent(f64::from(r.target_share_pct)) }</td>
                    <td class="num" data-label="Kit share">{ percent(f64::from(r.actual_share_pct)) }</td>
                    <td class="num" data-label="Minutes">{ minutes(r.minutes) }</td>
                    <td class="num" data-label="Questions">{ r.questions }</td>
                    <td data-label="Verdict"><span class={classes!("status", class)}>{ word }</span></td>
                </tr>
            }
        });
    html! {
        <div class="table-wrap">
            <table class="coverage stack-on-phone">
                <caption>{ "Coverage: where the interview time goes" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Competency" }</th>
                        <th scope="col" class="num">{ "Weight share" }</th>
                        <th scope="col" class="num">{ "Kit share" }</th>
                        <th scope="col" class="num">{ "Minutes" }</th>
                        <th scope="col" class="num">{ "Questions" }</th>
                        <th scope="col">{ "Verdict" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

// Helpers

/// The verdict word for a row; the tolerance rule is in `engine::kit` (`CompetencyCoverage::fit`).
pub fn status(row: &CompetencyCoverage) -> (&'static str, &'static str) {
    match row.fit() {
        CoverageFit::NotCovered => ("status--bad", "✗ Not covered"),
        CoverageFit::Below => ("status--warn", "▼ Below target"),
        CoverageFit::Above => ("status--warn", "▲ Above target"),
        CoverageFit::Close => ("status--good", "✓ Close to target"),
    }
}

/// "7.5" or "8": credited minutes are whole sixths, one decimal is enough.
pub fn minutes(m: f32) -> String {
    let tenths = (m * 10.0).round() / 10.0;
    if tenths.fract() == 0.0 {
        format!("{tenths:.0}")
    } else {
        format!("{tenths:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::competency::Competency;

    fn row(target: f32, actual: f32, questions: usize) -> CompetencyCoverage {
        CompetencyCoverage {
            competency: Competency::Caching,
            minutes: 10.0,
            questions,
            target_share_pct: target,
            actual_share_pct: actual,
        }
    }

    #[test]
    fn verdicts_name_the_gap_in_words() {
        assert_eq!(status(&row(10.0, 0.0, 0)).1, "✗ Not covered");
        assert_eq!(status(&row(20.0, 10.0, 1)).1, "▼ Below target");
        assert_eq!(status(&row(10.0, 16.0, 2)).1, "▲ Above target");
        assert_eq!(status(&row(10.0, 12.0, 2)).1, "✓ Close to target");
    }

    #[test]
    fn minutes_show_at_most_one_decimal() {
        assert_eq!(minutes(7.5), "7.5");
        assert_eq!(minutes(8.0), "8");
        assert_eq!(minutes(3.333_333), "3.3");
    }
}
