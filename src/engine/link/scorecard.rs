//! One interviewer's scorecard as a link or file text, for a panel without a server (S6).
//!
//! The payload is the `envelope` envelope (kind `Scorecard`, version `FORMAT_VERSION`) around this
//! body (format version 1):
//!
//! ```text
//! text candidate_id, text candidate_name, text interviewer
//! byte    submitted (bit 0) | recommendation << 1   (0 = none, 1-4 = strong no .. strong yes)
//! varint  updated_at (ms since the Unix epoch)
//! varint n, n x (byte competency index, byte rating 1-4, text evidence)
//! varint n, n x (text question_id, varint k, k x byte competency index,
//!                byte asked (bit 0) | rating << 1 (0 = none), text note)
//! ```
//!
//! Notes can be long, so a scorecard link may reach `MAX_LINK` characters; above
//! `RECOMMENDED_MAX_LINK` the UI should offer a file (the same text) instead, since chat tools
//! break long links. Decoding checks every rating is 1-4, every name fits its cap and no
//! competency is rated twice; importing the same export twice is the importer's concern.

use std::collections::HashSet;

use super::envelope::wire::{ReadResult, Reader, Writer};
use super::envelope::{self, Limits, LinkError, PayloadKind};
use crate::engine::candidate::{AnswerNote, CompetencyRating, Recommendation, RecordId, Scorecard};
use crate::engine::competency::{Competency, Rating};

pub const FORMAT_VERSION: u8 = 1;
/// Longest scorecard payload accepted, in characters.
pub const MAX_LINK: usize = 16_000;
/// Above this many characters, suggest sharing a file rather than a link.
pub const RECOMMENDED_MAX_LINK: usize = 2000;
pub const ID_MAX_BYTES: usize = 64;
pub const NAME_MAX_BYTES: usize = 100;
pub const NOTE_MAX_BYTES: usize = 4_000;
pub const ANSWERS_MAX: usize = 200;

const LIMITS: Limits = Limits {
    max_text: MAX_LINK,
    max_body: 256 * 1024,
};

/// What an interviewer sends to the hiring manager.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScorecardExport {
    pub candidate_id: RecordId,
    pub candidate_name: String,
    pub scorecard: Scorecard,
}

pub fn encode_scorecard(export: &ScorecardExport) -> String {
    envelope::seal(
        PayloadKind::Scorecard,
        FORMAT_VERSION,
        &scorecard_body(export),
    )
}

/// The export's body in format `FORMAT_VERSION`, for payloads that carry a scorecard inside
/// them (a sealed return encrypts exactly these bytes).
pub fn scorecard_body(export: &ScorecardExport) -> Vec<u8> {
    let card = &export.scorecard;
    let mut w = Writer::new();
    w.text(&export.candidate_id);
    w.text(&export.candidate_name);
    w.text(&card.interviewer);
    w.byte(u8::from(card.submitted) | recommendation_code(card.recommendation) << 1);
    w.varint(card.updated_at);
    w.varint(card.ratings.len() as u64);
    for r in &card.ratings {
        w.byte(r.competency.index());
        w.byte(r.rating.value());
        w.text(&r.evidence);
    }
    w.varint(card.answers.len() as u64);
    for a in &card.answers {
        w.text(&a.question_id);
        w.varint(a.competencies.len() as u64);
        for c in &a.competencies {
            w.byte(c.index());
        }
        w.byte(u8::from(a.asked) | a.rating.map_or(0, Rating::value) << 1);
        w.text(&a.note);
    }
    w.finish()
}

pub fn decode_scorecard(payload: &str) -> Result<ScorecardExport, LinkError> {
    let (version, body) = envelope::open(PayloadKind::Scorecard, payload, LIMITS)?;
    if version > FORMAT_VERSION {
        return Err(LinkError::NewerVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    scorecard_from_body(&body, version)
}

/// Reads and validates a body made by `scorecard_body` in format `version`.
pub fn scorecard_from_body(body: &[u8], version: u8) -> Result<ScorecardExport, LinkError> {
    let export = read(body, version).map_err(|why| LinkError::Invalid(format!("{why}.")))?;
    validate_export(&export).map_err(|problems| LinkError::Invalid(problems.join(" ")))?;
    Ok(export)
}

/// Problems that would stop the export from being imported, in words (run before sharing too).
pub fn validate_export(export: &ScorecardExport) -> Result<(), Vec<String>> {
    let card = &export.scorecard;
    let mut problems = Vec::new();
    let mut check = |ok: bool, problem: &str| {
        if !ok {
            problems.push(problem.to_string());
        }
    };
    check(
        !export.candidate_id.is_empty() && export.candidate_id.len() <= ID_MAX_BYTES,
        "The candidate reference is missing or too long.",
    );
    check(
        export.candidate_name.len() <= NAME_MAX_BYTES,
        "The candidate name is too long.",
    );
    check(
        !card.interviewer.trim().is_empty() && card.interviewer.len() <= NAME_MAX_BYTES,
        "The interviewer name is missing or too long.",
    );
    let mut rated = HashSet::new();
    check(
        card.ratings.iter().all(|r| rated.insert(r.competency)),
        "A competency is rated twice.",
    );
    check(
        card.ratings
            .iter()
            .all(|r| r.evidence.len() <= NOTE_MAX_BYTES)
            && card.answers.iter().all(|a| a.note.len() <= NOTE_MAX_BYTES),
        "A note is longer than 4,000 bytes.",
    );
    check(
        card.answers.len() <= ANSWERS_MAX,
        "There are too many answers.",
    );
    check(
        card.answers.iter().all(|a| {
            !a.question_id.is_empty()
                && a.question_id.len() <= ID_MAX_BYTES
                && a.competencies.len() <= Competency::ALL.len()
        }),
        "An answer has a missing or overlong question reference.",
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn recommendation_code(rec: Option<Recommendation>) -> u8 {
    rec.and_then(|r| Recommendation::ALL.iter().position(|x| *x == r))
        .map_or(0, |i| i as u8 + 1)
}

fn rating(code: u8) -> ReadResult<Rating> {
    Rating::from_value(code).ok_or_else(|| format!("a rating is {code}, outside the 1-4 scale"))
}

fn competency(r: &mut Reader) -> ReadResult<Competency> {
    let index = r.byte()?;
    Competency::from_index(index).ok_or_else(|| "it names an unknown competency".to_string())
}

fn read(body: &[u8], version: u8) -> ReadResult<ScorecardExport> {
    if version == 0 {
        return Err("its format version is unknown".into());
    }
    let mut r = Reader::new(body);
    let candidate_id = r.text(ID_MAX_BYTES)?;
    let candidate_name = r.text(NAME_MAX_BYTES)?;
    let interviewer = r.text(NAME_MAX_BYTES)?;
    let status = r.byte()?;
    if status >> 4 != 0 {
        return Err("it uses options this version does not know".into());
    }
    let recommendation = match status >> 1 {
        0 => None,
        code => Some(
            *Recommendation::ALL
                .get(usize::from(code - 1))
                .ok_or("the recommendation is unknown")?,
        ),
    };
    let updated_at = r.varint()?;
    let mut ratings = Vec::new();
    for _ in 0..r.len(Competency::ALL.len())? {
        ratings.push(CompetencyRating {
            competency: competency(&mut r)?,
            rating: rating(r.byte()?)?,
            evidence: r.text(NOTE_MAX_BYTES)?,
        });
    }
    let mut answers = Vec::new();
    for _ in 0..r.len(ANSWERS_MAX)? {
        let question_id = r.text(ID_MAX_BYTES)?;
        let competencies = (0..r.len(Competency::ALL.len())?)
            .map(|_| competency(&mut r))
            .collect::<ReadResult<_>>()?;
        let flags = r.byte()?;
        answers.push(AnswerNote {
            question_id,
            competencies,
            asked: flags & 1 == 1,
            rating: match flags >> 1 {
                0 => None,
                code => Some(rating(code)?),
            },
            note: r.text(NOTE_MAX_BYTES)?,
        });
    }
    r.finish()?;
    Ok(ScorecardExport {
        candidate_id,
        candidate_name,
        scorecard: Scorecard {
            interviewer,
            ratings,
            answers,
            recommendation,
            submitted: status & 1 == 1,
            updated_at,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> ScorecardExport {
        ScorecardExport {
            candidate_id: "c-1718000000000-42".into(),
            candidate_name: "Ana Pérez".into(),
            scorecard: Scorecard {
                interviewer: "Sam".into(),
                ratings: vec![CompetencyRating {
                    competency: Competency::Databases,
                    rating: Rating::Strong,
                    evidence: "Explained index choice with EXPLAIN output.".into(),
                }],
                answers: vec![AnswerNote {
                    question_id: "db-slow-query".into(),
                    competencies: vec![Competency::Databases, Competency::Performance],
                    asked: true,
                    rating: Some(Rating::Solid),
                    note: "Went straight to the query plan.".into(),
                }],
                recommendation: Some(Recommendation::StrongYes),
                submitted: true,
                updated_at: 1_718_000_000_000,
            },
        }
    }

    #[test]
    fn a_scorecard_round_trips() {
        let export = sample();
        let link = encode_scorecard(&export);
        assert!(link.len() < RECOMMENDED_MAX_LINK);
        assert_eq!(decode_scorecard(&link), Ok(export));
    }

    #[test]
    fn a_spec_link_is_not_a_scorecard() {
        let spec = crate::engine::link::spec::encode_spec(&Default::default());
        assert_eq!(decode_scorecard(&spec), Err(LinkError::WrongKind));
        let card = encode_scorecard(&sample());
        assert_eq!(
            crate::engine::link::spec::decode_spec(&card),
            Err(LinkError::WrongKind)
        );
    }

    #[test]
    fn out_of_range_contents_are_refused() {
        let mut export = sample();
        export
            .scorecard
            .ratings
            .push(export.scorecard.ratings[0].clone());
        let err = decode_scorecard(&encode_scorecard(&export));
        assert!(matches!(err, Err(LinkError::Invalid(why)) if why.contains("twice")));

        let mut export = sample();
        export.scorecard.interviewer = " ".into();
        assert!(validate_export(&export).is_err());

        // Hand-built body with a rating of 5.
        let mut w = Writer::new();
        for text in ["c-1", "Ana", "Sam"] {
            w.text(text);
        }
        w.byte(0);
        w.varint(0);
        w.varint(1);
        w.byte(0);
        w.byte(5);
        w.text("");
        w.varint(0);
        let link = envelope::seal(PayloadKind::Scorecard, FORMAT_VERSION, &w.finish());
        let err = decode_scorecard(&link);
        assert!(matches!(err, Err(LinkError::Invalid(why)) if why.contains("1-4")));
    }
}
