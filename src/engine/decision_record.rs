//! The decision record (M5): the decision, its reasons and the evidence it rests on, as Markdown
//! to download or print.
//!
//! It holds: the decision (hire / no hire / hold) with the written reasons, who decided and when;
//! the spec and its share link; the kit; each scorecard as submitted (sealed or not, with its
//! fingerprint); how the ratings were opened; the debrief amendments; the result before and after
//! the debrief; and the retention note: applicant records, interview notes included, are commonly
//! kept for at least one year (US EEOC, 29 CFR 1602.14), with a reminder date one year after the
//! decision and how to erase them in HireKit afterwards.

use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::amendment::describe;
use super::candidate::{Candidate, Scorecard};
use super::debrief::{debrief_result, shift_sentence};
use super::kit::Kit;
use super::panel_round::{CardSource, PanelRound};
use super::role::RoleSpec;
use super::scoring::ScoreReport;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Hire,
    NoHire,
    Hold,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Hire, Outcome::NoHire, Outcome::Hold];

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Hire => "Hire",
            Outcome::NoHire => "No hire",
            Outcome::Hold => "Hold",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub outcome: Outcome,
    pub reasons: String,
    pub decided_by: String,
    /// Milliseconds since the Unix epoch.
    pub decided_at: u64,
}

pub const RETENTION_NOTE: &str = "Applicant records, interview notes included, are commonly kept \
for at least one year after the decision (US EEOC, 29 CFR 1602.14). Check the rules that apply \
to you; other countries set their own periods.";
pub const ERASE_HOW: &str = "To erase them afterwards: in HireKit, open Candidates, open this \
candidate and delete them (their scorecards, round and debrief go with them), or erase all data \
on Your data. Delete any downloaded copy of this record and of the returns as well.";

/// Refuses a decision without reasons or a decider, in words.
pub fn validate_decision(decision: &Decision) -> Result<(), String> {
    if decision.reasons.trim().is_empty() {
        return Err("Write the reasons for the decision: the record keeps them.".into());
    }
    if decision.decided_by.trim().is_empty() {
        return Err("Say who made the decision.".into());
    }
    Ok(())
}

/// Everything the record is made from.
pub struct RecordInput<'a> {
    pub candidate: &'a Candidate,
    pub spec: &'a RoleSpec,
    /// The spec's whole share address (`...#/s/<payload>`).
    pub spec_link: &'a str,
    pub kit: Option<&'a Kit>,
    pub round: &'a PanelRound,
    pub decision: &'a Decision,
}

pub fn decision_markdown(input: &RecordInput) -> String {
    let RecordInput {
        candidate,
        spec,
        spec_link,
        kit,
        round,
        decision,
    } = input;
    let result = debrief_result(spec, round, candidate);
    let mut md = String::new();
    let _ = writeln!(md, "# Hiring decision: {}\n", candidate.name);
    let _ = writeln!(
        md,
        "**Decision: {}**, by {} on {}.\n\n## Reasons\n\n{}\n",
        decision.outcome.label(),
        decision.decided_by.trim(),
        iso_date(decision.decided_at),
        decision.reasons.trim()
    );
    let _ = writeln!(
        md,
        "## Role\n\n{} ({}). Share link: <{spec_link}>\n",
        spec.title,
        spec.seniority.label()
    );
    if let Some(kit) = kit {
        md.push_str(&kit_section(kit));
    }
    md.push_str("## Result\n\n");
    md.push_str(&result_lines("Before the debrief", &result.before));
    md.push_str(&result_lines("After the debrief", &result.now));
    let _ = writeln!(md, "{}\n", shift_sentence(&result));
    md.push_str(&opening_section(round));
    md.push_str(&cards_section(round, &round.submitted_cards(candidate)));
    md.push_str(&amendments_section(round));
    let _ = writeln!(
        md,
        "## Keeping and erasing this record\n\n{RETENTION_NOTE}\n\nReminder: review and erase \
         after {}.\n\n{ERASE_HOW}",
        iso_date(one_year_later(decision.decided_at))
    );
    md
}

fn kit_section(kit: &Kit) -> String {
    let mut md = String::from("## Interview kit\n\n");
    for stage in kit.stages.iter().filter(|s| !s.items.is_empty()) {
        let _ = writeln!(md, "### {}\n", stage.kind.label());
        for item in &stage.items {
            let _ = writeln!(md, "- {} ({} min)", item.prompt(), item.minutes());
        }
        md.push('\n');
    }
    md
}

fn result_lines(title: &str, report: &ScoreReport) -> String {
    let overall = report
        .overall
        .map_or("no overall".to_string(), |o| format!("overall {o:.2}"));
    format!(
        "- {title}: **{}**, {overall}, coverage {:.0}%\n",
        report.verdict.label(),
        report.coverage * 100.0
    )
}

fn opening_section(round: &PanelRound) -> String {
    match &round.opening {
        None => "The ratings have not been opened.\n\n".to_string(),
        Some(o) if o.missing.is_empty() => format!(
            "Ratings opened by {} on {}, with every expected card in.\n\n",
            o.by,
            iso_date(o.at)
        ),
        Some(o) => format!(
            "Ratings opened early by {} on {}, before cards from {} were in. Reason: {}\n\n",
            o.by,
            iso_date(o.at),
            o.missing.join(", "),
            o.reason
        ),
    }
}

fn cards_section(round: &PanelRound, cards: &[Scorecard]) -> String {
    let mut md = String::from("## Scorecards as submitted\n\n");
    for card in cards {
        let source = round
            .received
            .iter()
            .find(|r| super::candidate::same_interviewer(&r.interviewer, &card.interviewer))
            .map(|r| match &r.source {
                CardSource::Sealed { commitment } => format!("sealed, fingerprint {commitment}"),
                CardSource::Unsealed => "unsealed link".to_string(),
            })
            .unwrap_or_default();
        let call = card.recommendation.map_or("none", |r| r.label());
        let _ = writeln!(
            md,
            "### {} ({source})\n\nOverall call: {call}\n",
            card.interviewer
        );
        for r in &card.ratings {
            let _ = writeln!(
                md,
                "- {}: {} {}. {}",
                r.competency.label(),
                r.rating.value(),
                r.rating.label(),
                r.evidence.trim()
            );
        }
        for a in card.answers.iter().filter(|a| !a.note.trim().is_empty()) {
            let _ = writeln!(md, "- Note on {}: {}", a.question_id, a.note.trim());
        }
        md.push('\n');
    }
    md
}

fn amendments_section(round: &PanelRound) -> String {
    if round.amendments.is_empty() {
        return "## Debrief amendments\n\nNone: every card stands as submitted.\n\n".to_string();
    }
    let mut md = String::from("## Debrief amendments\n\n");
    for a in &round.amendments {
        let _ = writeln!(
            md,
            "- {} ({}'s card), recorded by {} on {}. Reason: {}",
            describe(&a.change),
            a.interviewer,
            a.by,
            iso_date(a.at),
            a.reason
        );
    }
    md.push('\n');
    md
}

/// (year, month, day) of a day count since 1970-01-01 in the proleptic Gregorian calendar.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

const DAY_MS: u64 = 86_400_000;

/// YYYY-MM-DD (UTC) of a time in milliseconds since the Unix epoch.
pub fn iso_date(ms: u64) -> String {
    let (y, m, d) = civil((ms / DAY_MS) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The same calendar day one year later (29 February becomes 1 March), in milliseconds.
pub fn one_year_later(ms: u64) -> u64 {
    let days = (ms / DAY_MS) as i64;
    let (y, m, d) = civil(days);
    let mut later = days + 365;
    while civil(later) < (y + 1, m, d) {
        later += 1;
    }
    later as u64 * DAY_MS + ms % DAY_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil_and_a_year_is_a_calendar_year() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_796_083_200_000), "2026-12-01");
        assert_eq!(iso_date(one_year_later(1_796_083_200_000)), "2027-12-01");
        // 2028-02-29 -> 2029-03-01; 2027-03-01 -> 2028-03-01 across a leap day.
        assert_eq!(iso_date(one_year_later(1_835_395_200_000)), "2029-03-01");
        assert_eq!(iso_date(one_year_later(1_803_859_200_000)), "2028-03-01");
    }
}
