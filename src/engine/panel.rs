//! Bringing a panel's scorecards together without a server (S6): what importing one
//! interviewer's scorecard does to the hiring manager's candidate, and the file form of an export.
//!
//! Rules, in order:
//! - The candidate is matched by id. If this device does not have it, the import offers to
//!   create it with the exported name (`new_candidate`).
//! - The same interviewer (names compared trimmed, ignoring case) with an identical scorecard:
//!   already imported, nothing changes. Importing twice is therefore harmless.
//! - The same interviewer with a different scorecard: both are shown and the person chooses
//!   (`resolve`); nothing changes until they do.
//! - A new interviewer: the scorecard is added.
//!
//! A file holds the same export as JSON (`to_file_text`); a file with a link's text in it is
//! accepted as well, so either form can travel by email or chat.

use serde::{Deserialize, Serialize};

use super::candidate::{Candidate, Recommendation, Scorecard};
use super::link::scorecard::{decode_scorecard, validate_export, ScorecardExport};

/// Marks a JSON file as a HireKit scorecard, so another JSON file is refused clearly.
pub const FILE_KIND: &str = "hirekit-scorecard";
pub const FILE_VERSION: u8 = 1;

/// What an import would do to the candidate on this device.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportOutcome {
    /// No candidate with this id here: offer to create one named in the export.
    CandidateMissing,
    /// This exact scorecard is already here.
    AlreadyImported,
    /// The interviewer already has a different scorecard here: ask which to keep.
    Conflict { mine: Box<Scorecard> },
    /// A new interviewer: the candidate with the scorecard added.
    Added(Box<Candidate>),
}

/// Which of two versions of one interviewer's scorecard to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    Mine,
    Imported,
}

pub use super::candidate::same_interviewer;

/// What importing `export` would do, given the candidates on this device. Changes nothing.
pub fn plan_import(candidates: &[Candidate], export: &ScorecardExport) -> ImportOutcome {
    let Some(candidate) = candidates.iter().find(|c| c.id == export.candidate_id) else {
        return ImportOutcome::CandidateMissing;
    };
    let incoming = &export.scorecard;
    match candidate
        .scorecards
        .iter()
        .find(|card| same_interviewer(&card.interviewer, &incoming.interviewer))
    {
        Some(mine) if mine == incoming => ImportOutcome::AlreadyImported,
        Some(mine) => ImportOutcome::Conflict {
            mine: Box::new(mine.clone()),
        },
        None => {
            let mut merged = candidate.clone();
            merged.scorecards.push(incoming.clone());
            ImportOutcome::Added(Box::new(merged))
        }
    }
}

/// The candidate after choosing between its scorecard and the imported one for the same
/// interviewer; `None` when nothing changes.
pub fn resolve(candidate: &Candidate, imported: &Scorecard, keep: Keep) -> Option<Candidate> {
    if keep == Keep::Mine {
        return None;
    }
    let mut merged = candidate.clone();
    let slot = merged
        .scorecards
        .iter_mut()
        .find(|card| same_interviewer(&card.interviewer, &imported.interviewer))?;
    if slot == imported {
        return None;
    }
    *slot = imported.clone();
    Some(merged)
}

/// A candidate created from an export when this device does not know them yet.
pub fn new_candidate(export: &ScorecardExport, now: u64) -> Candidate {
    let name = if export.candidate_name.trim().is_empty() {
        "Imported candidate".to_string()
    } else {
        export.candidate_name.clone()
    };
    let mut candidate = Candidate::new(export.candidate_id.clone(), name, now);
    candidate.scorecards.push(export.scorecard.clone());
    candidate
}

/// A scorecard in a few facts, to compare two versions side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardSummary {
    pub updated_at: u64,
    pub submitted: bool,
    /// Competencies rated directly.
    pub ratings: usize,
    /// Interview answers that carry a rating.
    pub rated_answers: usize,
    pub recommendation: Option<Recommendation>,
}

pub fn summarize(card: &Scorecard) -> CardSummary {
    CardSummary {
        updated_at: card.updated_at,
        submitted: card.submitted,
        ratings: card.ratings.len(),
        rated_answers: card.answers.iter().filter(|a| a.rating.is_some()).count(),
        recommendation: card.recommendation,
    }
}

/// The file form of an export. Kept apart from `ScorecardExport` so the file can carry its kind.
#[derive(Serialize, Deserialize)]
struct ScorecardFile {
    kind: String,
    version: u8,
    candidate_id: String,
    candidate_name: String,
    scorecard: Scorecard,
}

/// The export as the text of a `.json` file.
pub fn to_file_text(export: &ScorecardExport) -> String {
    let file = ScorecardFile {
        kind: FILE_KIND.to_string(),
        version: FILE_VERSION,
        candidate_id: export.candidate_id.clone(),
        candidate_name: export.candidate_name.clone(),
        scorecard: export.scorecard.clone(),
    };
    // Through `Value`, like the store: each record's serde code then exists once in the wasm.
    serde_json::to_value(&file)
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or_default()
}

/// Reads a scorecard file: the JSON from `to_file_text`, or a scorecard link (whole or just
/// the part after `#/sc/`). Problems come back in words.
pub fn from_file_text(text: &str) -> Result<ScorecardExport, String> {
    let text = text.trim();
    if !text.starts_with('{') {
        let payload = text.rsplit("#/sc/").next().unwrap_or(text);
        return decode_scorecard(payload).map_err(|e| e.to_string());
    }
    let not_ours = "This file is not a HireKit scorecard. Choose the file an interviewer downloaded with \"Download as file\".";
    let file: ScorecardFile = serde_json::from_str::<serde_json::Value>(text)
        .and_then(serde_json::from_value)
        .map_err(|_| not_ours.to_string())?;
    if file.kind != FILE_KIND {
        return Err(not_ours.to_string());
    }
    if file.version > FILE_VERSION {
        return Err("This scorecard file was made by a newer version of HireKit. Reload the page to update, then import it again.".to_string());
    }
    let export = ScorecardExport {
        candidate_id: file.candidate_id,
        candidate_name: file.candidate_name,
        scorecard: file.scorecard,
    };
    validate_export(&export)
        .map_err(|problems| format!("This scorecard file is not usable: {}", problems.join(" ")))?;
    Ok(export)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidate::CompetencyRating;
    use crate::engine::competency::{Competency, Rating};
    use crate::engine::link::scorecard::encode_scorecard;

    fn card(interviewer: &str, rating: Rating) -> Scorecard {
        Scorecard {
            interviewer: interviewer.into(),
            ratings: vec![CompetencyRating {
                competency: Competency::Security,
                rating,
                evidence: "Walked through token storage.".into(),
            }],
            answers: Vec::new(),
            recommendation: Some(Recommendation::Yes),
            submitted: true,
            updated_at: 1_700_000_000_000,
        }
    }

    fn export(interviewer: &str, rating: Rating) -> ScorecardExport {
        ScorecardExport {
            candidate_id: "cand-1".into(),
            candidate_name: "Ana P.".into(),
            scorecard: card(interviewer, rating),
        }
    }

    fn pool() -> Vec<Candidate> {
        let mut c = Candidate::new("cand-1".into(), "Ana P.".into(), 0);
        c.scorecards.push(card("Ben", Rating::Gap));
        vec![c]
    }

    #[test]
    fn a_new_interviewer_is_added_and_a_second_import_changes_nothing() {
        let mut candidates = pool();
        let ana = export("Ana", Rating::Strong);
        let ImportOutcome::Added(merged) = plan_import(&candidates, &ana) else {
            panic!("expected the scorecard to be added");
        };
        assert_eq!(merged.scorecards.len(), 2);
        candidates[0] = *merged;
        assert_eq!(
            plan_import(&candidates, &ana),
            ImportOutcome::AlreadyImported
        );
    }

    #[test]
    fn the_same_interviewer_with_other_ratings_is_a_choice() {
        let candidates = pool();
        let changed = export(" ben ", Rating::Solid);
        let ImportOutcome::Conflict { mine } = plan_import(&candidates, &changed) else {
            panic!("expected a conflict");
        };
        assert_eq!(mine.ratings[0].rating, Rating::Gap);
        assert_eq!(
            resolve(&candidates[0], &changed.scorecard, Keep::Mine),
            None
        );
        let used = resolve(&candidates[0], &changed.scorecard, Keep::Imported);
        let used = used.map(|c| c.scorecards);
        assert_eq!(used, Some(vec![changed.scorecard.clone()]));
    }

    #[test]
    fn an_unknown_candidate_is_offered_for_creation() {
        let mut other = export("Ana", Rating::Solid);
        other.candidate_id = "cand-9".into();
        assert_eq!(
            plan_import(&pool(), &other),
            ImportOutcome::CandidateMissing
        );
        let created = new_candidate(&other, 5);
        assert_eq!(created.id, "cand-9");
        assert_eq!(created.name, "Ana P.");
        assert_eq!(created.scorecards, vec![other.scorecard]);
    }

    #[test]
    fn files_round_trip_and_links_are_accepted_too() {
        let ana = export("Ana", Rating::Strong);
        assert_eq!(from_file_text(&to_file_text(&ana)), Ok(ana.clone()));
        let link = format!(
            "http://host/app/index.html#/sc/{}\n",
            encode_scorecard(&ana)
        );
        assert_eq!(from_file_text(&link), Ok(ana));
    }

    #[test]
    fn foreign_or_broken_files_are_refused_in_words() {
        let other = r#"{"kind":"something-else","version":1}"#;
        assert!(from_file_text(other).is_err_and(|e| e.contains("not a HireKit scorecard")));
        assert!(from_file_text("{ broken").is_err());
        let mut blank = export(" ", Rating::Solid);
        blank.scorecard.interviewer = " ".into();
        let err = from_file_text(&to_file_text(&blank));
        assert!(err.is_err_and(|e| e.contains("interviewer name")));
        assert!(from_file_text("not a link").is_err());
    }

    #[test]
    fn summaries_count_ratings_and_rated_answers() {
        let s = summarize(&card("Ana", Rating::Solid));
        assert_eq!((s.ratings, s.rated_answers, s.submitted), (1, 0, true));
    }
}
