//! How much the panel's evidence can carry (M3): raters per competency and the panel's
//! reliability by the Spearman-Brown formula.
//!
//! With r1 = 0.44, the reliability of one interviewer's rating when interviewers see the candidate
//! in separate interviews (Huffcutt, Culbertson & Weyhrauch 2013), the mean of k raters has
//! reliability rk = k * r1 / (1 + (k - 1) * r1): 1 .44, 2 .61, 3 .70, 4 .76, 5 .80. A must-have
//! that rests on one rater gets a warning: one interview is a thin base for a gate.

use super::candidate::Scorecard;
use super::competency::Competency;
use super::role::RoleSpec;
use super::scoring::score;

pub const SINGLE_RATER_RELIABILITY: f64 = 0.44;
pub const RELIABILITY_SOURCE: &str = "Huffcutt, Culbertson & Weyhrauch (2013), International \
Journal of Selection and Assessment: reliability of employment interviews, by structure and format.";
pub const RELIABILITY_FORMULA: &str = "Panel reliability with k raters = k x 0.44 / (1 + (k - 1) \
x 0.44), where 0.44 is the reliability of one interviewer's rating from a separate interview.";

/// Spearman-Brown reliability of the mean of `raters` ratings; `None` for nobody.
pub fn panel_reliability(raters: usize) -> Option<f64> {
    if raters == 0 {
        return None;
    }
    let k = raters as f64;
    let r = SINGLE_RATER_RELIABILITY;
    Some(k * r / (1.0 + (k - 1.0) * r))
}

/// The reliability as shown: two decimals without the leading zero (".61"); "none" for nobody.
pub fn reliability_label(raters: usize) -> String {
    panel_reliability(raters).map_or("none".to_string(), |r| {
        let hundredths = (r * 100.0).round() as u32;
        if hundredths >= 100 {
            "1.00".to_string()
        } else {
            format!(".{hundredths:02}")
        }
    })
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyEvidence {
    pub competency: Competency,
    pub must_have: bool,
    pub raters: usize,
    pub reliability: Option<f64>,
    /// Set when a must-have rests on one rater.
    pub warning: Option<String>,
}

/// Per competency the spec weighs or gates (catalogue order): raters and reliability.
pub fn evidence_quality(spec: &RoleSpec, cards: &[Scorecard]) -> Vec<CompetencyEvidence> {
    score(spec, cards)
        .competencies
        .iter()
        .filter(|c| c.weight > 0 || c.must_have)
        .map(|c| CompetencyEvidence {
            competency: c.competency,
            must_have: c.must_have,
            raters: c.ratings,
            reliability: panel_reliability(c.ratings),
            warning: (c.must_have && c.ratings == 1).then(|| {
                format!(
                    "{} is a must-have and only one interviewer rated it (reliability {}). \
                     Ask a second interviewer to assess it before the gate decides.",
                    c.competency.label(),
                    reliability_label(1)
                )
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spearman_brown_gives_the_published_figures() {
        let shown: Vec<String> = (1..=5).map(reliability_label).collect();
        assert_eq!(shown, [".44", ".61", ".70", ".76", ".80"]);
        assert_eq!(panel_reliability(0), None);
        assert_eq!(reliability_label(0), "none");
        let two = panel_reliability(2).unwrap_or_default();
        assert!((two - 0.88 / 1.44).abs() < 1e-12);
    }
}
