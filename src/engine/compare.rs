//! Candidates side by side (S5) and the comparison as CSV (S7).
//!
//! The table has one row per candidate and one column per competency the spec weights (weight > 0,
//! in `Competency::ALL` order). Sorting puts "not assessed" last in either direction and breaks
//! ties by name, then id, so the order never depends on how the list arrived. The radar chart
//! pairs the spec's required level with the candidate's score for the same competencies.

use super::candidate::{Candidate, CandidateStage, RecordId};
use super::competency::Competency;
use super::role::RoleSpec;
use super::scoring::{score, ScoreReport, Verdict};
use crate::engine::order;

#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    pub id: RecordId,
    pub name: String,
    pub stage: CandidateStage,
    pub overall: Option<f64>,
    pub coverage: f64,
    pub verdict: Verdict,
    /// One per `Comparison::competencies` entry; `None` when not assessed.
    pub scores: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The spec's weighted competencies, in `Competency::ALL` order: the table's columns.
    pub competencies: Vec<Competency>,
    pub rows: Vec<ComparisonRow>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Name,
    Overall,
    Coverage,
    Competency(Competency),
}

/// One row per candidate, in the order given (call `sort_by` to order them).
pub fn comparison(spec: &RoleSpec, candidates: &[Candidate]) -> Comparison {
    let competencies: Vec<Competency> = Competency::ALL
        .into_iter()
        .filter(|&c| spec.requirement(c).weight > 0)
        .collect();
    let rows = candidates
        .iter()
        .map(|candidate| {
            let report = score(spec, &candidate.scorecards);
            let scores = competencies
                .iter()
                .map(|&c| report.competency(c).and_then(|s| s.score))
                .collect();
            ComparisonRow {
                id: candidate.id.clone(),
                name: candidate.name.clone(),
                stage: candidate.stage,
                overall: report.overall,
                coverage: report.coverage,
                verdict: report.verdict,
                scores,
            }
        })
        .collect();
    Comparison { competencies, rows }
}

/// Sorts the rows by one column. Missing values go last either way; ties by name, then id.
pub fn sort_by(table: &mut Comparison, column: SortColumn, descending: bool) {
    let position = match column {
        SortColumn::Competency(c) => table.competencies.iter().position(|x| *x == c),
        _ => None,
    };
    let value = |row: &ComparisonRow| -> Option<f64> {
        match column {
            SortColumn::Name => None,
            SortColumn::Overall => row.overall,
            SortColumn::Coverage => Some(row.coverage),
            SortColumn::Competency(_) => {
                position.and_then(|i| row.scores.get(i).copied().flatten())
            }
        }
    };
    order::sort_by(&mut table.rows, |a, b| {
        let primary = match column {
            SortColumn::Name => by_name(a, b),
            _ => match (value(a), value(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (x, y) => y.is_some().cmp(&x.is_some()),
            },
        };
        let both_present = column == SortColumn::Name || (value(a).is_some() && value(b).is_some());
        let primary = if descending && both_present {
            primary.reverse()
        } else {
            primary
        };
        primary
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Names compare ignoring case ("ana" next to "Ana", not after "Zoe"), then exactly.
fn by_name(a: &ComparisonRow, b: &ComparisonRow) -> std::cmp::Ordering {
    let (x, y) = (
        a.name.chars().flat_map(char::to_lowercase),
        b.name.chars().flat_map(char::to_lowercase),
    );
    x.cmp(y).then_with(|| a.name.cmp(&b.name))
}

/// The table as CSV (RFC 4180, CRLF line ends): Name, Stage, Verdict, Overall, Coverage %, then
/// one column per competency. Scores have 2 decimals; empty means not assessed.
pub fn comparison_csv(table: &Comparison) -> String {
    let mut header = vec!["Name", "Stage", "Verdict", "Overall", "Coverage %"];
    header.extend(table.competencies.iter().map(|c| c.label()));
    let mut out = csv_line(header.iter().map(|h| text_cell(h)));
    for row in &table.rows {
        let mut cells = vec![
            text_cell(&row.name),
            text_cell(row.stage.label()),
            text_cell(row.verdict.label()),
            number_cell(row.overall),
            number_cell(Some(row.coverage * 100.0)),
        ];
        cells.extend(row.scores.iter().map(|s| number_cell(*s)));
        out.push_str(&csv_line(cells.into_iter()));
    }
    out
}

fn csv_line(cells: impl Iterator<Item = String>) -> String {
    let mut line = cells.collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// Quotes a text cell, and defuses text a spreadsheet would run as a formula.
fn text_cell(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if defused.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

fn number_cell(value: Option<f64>) -> String {
    value
        .filter(|v| v.is_finite())
        .map_or_else(String::new, |v| format!("{v:.2}"))
}

/// One spoke of the radar chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RadarPoint {
    pub competency: Competency,
    /// The spec's required level, 1-4.
    pub required: f64,
    /// The candidate's score, 1-4; `None` when not assessed.
    pub actual: Option<f64>,
}

/// The candidate's profile against the spec's, for every weighted competency.
pub fn radar(spec: &RoleSpec, report: &ScoreReport) -> Vec<RadarPoint> {
    Competency::ALL
        .into_iter()
        .map(|c| (c, spec.requirement(c)))
        .filter(|(_, req)| req.weight > 0)
        .map(|(competency, req)| RadarPoint {
            competency,
            required: f64::from(req.required.value()),
            actual: report.competency(competency).and_then(|s| s.score),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidate::{CompetencyRating, Scorecard};
    use crate::engine::competency::Rating;

    fn spec() -> RoleSpec {
        let mut spec = RoleSpec::default();
        for r in &mut spec.competencies {
            r.weight = match r.competency {
                Competency::ApiDesign => 2,
                Competency::Databases => 1,
                _ => 0,
            };
        }
        spec
    }

    fn candidate(id: &str, name: &str, ratings: &[(Competency, Rating)]) -> Candidate {
        let mut c = Candidate::new(id.into(), name.into(), 0);
        c.stage = CandidateStage::Interviewing;
        if !ratings.is_empty() {
            c.scorecards.push(Scorecard {
                interviewer: "Ana".into(),
                ratings: ratings
                    .iter()
                    .map(|&(competency, rating)| CompetencyRating {
                        competency,
                        rating,
                        evidence: String::new(),
                    })
                    .collect(),
                answers: Vec::new(),
                recommendation: None,
                submitted: true,
                updated_at: 0,
            });
        }
        c
    }

    fn pool() -> Vec<Candidate> {
        use Competency::*;
        vec![
            candidate(
                "1",
                "=SUM(A1:A9)",
                &[(ApiDesign, Rating::Strong), (Databases, Rating::Solid)],
            ),
            candidate("2", "Lee, \"Bo\"", &[(ApiDesign, Rating::Partial)]),
            candidate("3", "Ana", &[]),
        ]
    }

    #[test]
    fn csv_is_pinned_quoted_and_defused() {
        let table = comparison(&spec(), &pool());
        assert_eq!(
            table.competencies,
            vec![Competency::ApiDesign, Competency::Databases]
        );
        assert_eq!(
            comparison_csv(&table),
            "Name,Stage,Verdict,Overall,Coverage %,API design,Databases\r\n\
             '=SUM(A1:A9),Interviewing,Hire,3.67,100.00,4.00,3.00\r\n\
             \"Lee, \"\"Bo\"\"\",Interviewing,No hire,2.00,66.67,2.00,\r\n\
             Ana,Interviewing,Not enough evidence,,0.00,,\r\n"
        );
    }

    #[test]
    fn formula_openers_are_defused() {
        for bad in ["=1", "+1", "-1", "@x", "\tx", "\rx"] {
            assert!(
                text_cell(bad).trim_start_matches('"').starts_with('\''),
                "{bad:?}"
            );
        }
        assert_eq!(text_cell("plain"), "plain");
    }

    #[test]
    fn sorting_puts_missing_last_both_ways_and_breaks_ties_by_name() {
        let mut table = comparison(&spec(), &pool());
        let names = |t: &Comparison| t.rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        sort_by(&mut table, SortColumn::Overall, true);
        assert_eq!(names(&table), ["1", "2", "3"]);
        sort_by(&mut table, SortColumn::Overall, false);
        assert_eq!(names(&table), ["2", "1", "3"]);
        sort_by(
            &mut table,
            SortColumn::Competency(Competency::Databases),
            false,
        );
        assert_eq!(names(&table), ["1", "3", "2"]);
        sort_by(&mut table, SortColumn::Name, false);
        assert_eq!(names(&table), ["1", "3", "2"]);
        sort_by(&mut table, SortColumn::Coverage, true);
        assert_eq!(names(&table), ["1", "2", "3"]);
        // A column the spec does not weight: every value missing, so name order.
        sort_by(
            &mut table,
            SortColumn::Competency(Competency::Caching),
            true,
        );
        assert_eq!(names(&table), ["1", "3", "2"]);
    }

    #[test]
    fn names_sort_ignoring_case() {
        let mut table = comparison(
            &spec(),
            &[
                candidate("a", "zoe", &[]),
                candidate("b", "Ana", &[]),
                candidate("c", "ana", &[]),
            ],
        );
        sort_by(&mut table, SortColumn::Name, false);
        let names: Vec<&str> = table.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Ana", "ana", "zoe"]);
    }

    #[test]
    fn radar_pairs_required_with_actual() {
        let candidates = pool();
        let report = score(&spec(), &candidates[1].scorecards);
        assert_eq!(
            radar(&spec(), &report),
            vec![
                RadarPoint {
                    competency: Competency::ApiDesign,
                    required: 3.0,
                    actual: Some(2.0)
                },
                RadarPoint {
                    competency: Competency::Databases,
                    required: 3.0,
                    actual: None
                },
            ]
        );
    }
}
