//! The persisted document: everything a user keeps, as one versioned JSON value (feature P2).
//!
//! Loading never guesses and never starts empty in silence:
//! - no stored text: a fresh, empty document;
//! - a `schema_version` newer than this build knows: `TooNew` (the raw text must be kept aside);
//! - older versions: run the migrations in order, one step per version;
//! - text that is not JSON, or has no usable version: `Corrupt`;
//! - a document whose envelope is fine but some records are damaged: keep every record that still
//!   reads, and report how many were dropped (`PartlyRecovered`), so the caller keeps the raw text.
//!
//! - a document whose values are outside the editor's limits, or with two records sharing an id:
//!   repaired and reported (`Repaired`, see `limits`), so the caller keeps the raw text.
//!
//! Fields this build does not know are kept beside the document (`unknown`) and written back.
//! The stored text may carry a `Stamp` naming the save that wrote it, which two-tab merging reads.
//!
//! Writing is the caller's job (the platform layer); this module only turns text into a document
//! and back.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::accepted_invitation::AcceptedInvitation;
use super::candidate::{Candidate, RecordId};
use super::kit::Kit;
use super::panel_round::PanelRound;
use super::role::RoleSpec;
use super::salary::{SalarySettings, SavedTeamPlan};

pub mod assessed;
pub mod limits;
pub mod unknown;

pub use assessed::{AssessedSpec, KEPT_COPY_NOTE};
use unknown::Unknown;

/// The key of the stored text's `Stamp`: not part of the document, never exported.
const STAMP_KEY: &str = "write";

/// The version this build writes. Bump it together with a new step in `MIGRATIONS` and a frozen
/// fixture of the old shape in `tests/fixtures/store/`.
pub const SCHEMA_VERSION: u32 = 1;

/// `MIGRATIONS[i]` turns a version `i + 1` document into version `i + 2`.
type Migration = fn(Value) -> Result<Value, String>;
const MIGRATIONS: &[Migration] = &[];

/// A role spec as the library keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedSpec {
    pub id: RecordId,
    pub spec: RoleSpec,
    /// Milliseconds since the Unix epoch.
    pub updated_at: u64,
    /// The interview kit assembled for this spec, once the user has made one.
    #[serde(default)]
    pub kit: Option<Kit>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema_version: u32,
    #[serde(default)]
    pub specs: Vec<SavedSpec>,
    #[serde(default)]
    pub candidates: Vec<Candidate>,
    /// The salary tool's own figures, on-costs and currency.
    #[serde(default)]
    pub salary: SalarySettings,
    /// The team planner's named plans. Left out of the stored text while there are none, so a
    /// document without plans reads and writes as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team_plans: Vec<SavedTeamPlan>,
    /// The hiring manager's panel rounds, each for one candidate (M1, M2).
    #[serde(default)]
    pub rounds: Vec<PanelRound>,
    /// Invitations this device accepted as an interviewer.
    #[serde(default)]
    pub accepted: Vec<AcceptedInvitation>,
    /// What the stored text held that this build does not know: written back on every save.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// Which save wrote the stored text, and which save that one started from: a tab that sees
/// another tab's write merges from their true common base, even if it read a stale copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub id: String,
    #[serde(default)]
    pub after: Option<String>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            specs: Vec::new(),
            candidates: Vec::new(),
            salary: SalarySettings::default(),
            team_plans: Vec::new(),
            rounds: Vec::new(),
            accepted: Vec::new(),
            unknown: Unknown::default(),
        }
    }
}

impl Document {
    pub fn spec(&self, id: &str) -> Option<&SavedSpec> {
        self.specs.iter().find(|s| s.id == id)
    }

    pub fn candidate(&self, id: &str) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.specs.is_empty() && self.candidates.is_empty() && self.team_plans.is_empty()
    }

    pub fn team_plan(&self, id: &str) -> Option<&SavedTeamPlan> {
        self.team_plans.iter().find(|p| p.id == id)
    }

    /// The candidate's panel round, if the hiring manager started one.
    pub fn round_for(&self, candidate_id: &str) -> Option<&PanelRound> {
        self.rounds.iter().find(|r| r.candidate_id == candidate_id)
    }
}

/// Why stored text could not be read as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not JSON, or no readable schema version: nothing could be kept.
    Corrupt { reason: String },
    /// Written by a newer HireKit; this build must not touch it.
    TooNew { found: u64, supported: u32 },
    /// The document read, but some records were damaged and left out.
    PartlyRecovered { dropped: usize, reason: String },
    /// Values outside the editor's limits, or duplicate ids, were repaired: one note each.
    Repaired { notes: Vec<String> },
}

impl std::fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadProblem::Corrupt { reason } => write!(
                f,
                "Your saved data could not be read ({reason}). HireKit started empty and kept the old data aside."
            ),
            LoadProblem::TooNew { found, supported } => write!(
                f,
                "Your saved data comes from a newer version of HireKit (format {found}; this one reads up to {supported}). \
                 HireKit started empty and kept that data aside untouched."
            ),
            LoadProblem::PartlyRecovered { dropped, reason } => {
                let records = if *dropped == 1 { "record" } else { "records" };
                write!(
                    f,
                    "{dropped} damaged {records} could not be read ({reason}) and were left out. \
                     Everything else loaded, and the original data was kept aside."
                )
            }
            LoadProblem::Repaired { notes } => write!(
                f,
                "Some saved values were outside what HireKit allows and were repaired; the original data was kept aside. {}",
                notes.join(" ")
            ),
        }
    }
}

/// What loading produced: always a usable document, plus what went wrong, if anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub document: Document,
    pub problem: Option<LoadProblem>,
    /// The save that wrote this text, when a tab stamped it.
    pub stamp: Option<Stamp>,
}

impl Loaded {
    fn clean(document: Document) -> Loaded {
        Loaded {
            document,
            problem: None,
            stamp: None,
        }
    }
}

/// Reads stored text (`None` when nothing is stored yet). Never panics.
pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::clean(Document::default());
    };
    let value: Value = match serde_json::from_str(raw) {
        Ok(value) => value,
        Err(err) => return corrupt(format!("not valid JSON: {err}")),
    };
    let version = match value.get("schema_version").and_then(Value::as_u64) {
        Some(v) if v >= 1 => v,
        _ => return corrupt("no schema version".to_string()),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Loaded {
            document: Document::default(),
            problem: Some(LoadProblem::TooNew {
                found: version,
                supported: SCHEMA_VERSION,
            }),
            stamp: None,
        };
    }
    match migrate(value, version, MIGRATIONS) {
        Ok(current) => read_current(current),
        Err(reason) => corrupt(format!("could not upgrade the old format: {reason}")),
    }
}

/// The document as stored text (also the export file), with its unknown fields put back.
pub fn save(document: &Document) -> String {
    to_text(known_value(document))
}

/// The document as this tab stores it: `save` plus the stamp of this write.
pub fn save_stamped(document: &Document, stamp: &Stamp) -> String {
    let mut value = known_value(document);
    if let (Some(object), Ok(stamp)) = (value.as_object_mut(), serde_json::to_value(stamp)) {
        object.insert(STAMP_KEY.into(), stamp);
    }
    to_text(value)
}

fn known_value(document: &Document) -> Value {
    // Serialising plain structs with string keys cannot fail; fall back to an empty object so
    // the caller never panics and the load path would report it.
    let mut value =
        serde_json::to_value(document).unwrap_or_else(|_| Value::Object(Default::default()));
    document.unknown.graft(&mut value);
    value
}

fn to_text(value: Value) -> String {
    serde_json::to_string(&value).unwrap_or_else(|_| "{}".to_string())
}

fn corrupt(reason: String) -> Loaded {
    Loaded {
        document: Document::default(),
        problem: Some(LoadProblem::Corrupt { reason }),
        stamp: None,
    }
}

fn migrate(mut value: Value, from: u64, steps: &[Migration]) -> Result<Value, String> {
    let start = usize::try_from(from - 1).map_err(|_| "version out of range".to_string())?;
    for (offset, step) in steps.iter().enumerate().skip(start) {
        value = step(value)?;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("schema_version".into(), Value::from(offset as u64 + 2));
        }
    }
    Ok(value)
}

/// Reads a current-version value: its stamp, its unknown fields, and the editor's limits.
fn read_current(mut value: Value) -> Loaded {
    let stamp = value
        .as_object_mut()
        .and_then(|object| object.remove(STAMP_KEY))
        .and_then(|stamp| serde_json::from_value(stamp).ok());
    let mut loaded = read_records(&value);
    if let Ok(known) = serde_json::to_value(&loaded.document) {
        loaded.document.unknown = Unknown::find(&value, &known);
    }
    let notes = limits::repair(&mut loaded.document);
    if !notes.is_empty() {
        loaded.problem = Some(match loaded.problem {
            Some(LoadProblem::PartlyRecovered { dropped, reason }) => {
                LoadProblem::PartlyRecovered {
                    dropped,
                    reason: format!("{reason}; also: {}", notes.join(" ")),
                }
            }
            _ => LoadProblem::Repaired { notes },
        });
    }
    loaded.stamp = stamp;
    loaded
}

/// On failure, keeps every record that still reads on its own.
fn read_records(value: &Value) -> Loaded {
    let whole_error = match serde_json::from_value::<Document>(value.clone()) {
        Ok(mut document) => {
            document.schema_version = SCHEMA_VERSION;
            return Loaded::clean(document);
        }
        Err(err) => err.to_string(),
    };
    let (specs, bad_specs) = salvage::<SavedSpec>(value.get("specs"));
    let (candidates, bad_candidates) = salvage::<Candidate>(value.get("candidates"));
    let (team_plans, bad_plans) = salvage::<SavedTeamPlan>(value.get("team_plans"));
    let (rounds, bad_rounds) = salvage::<PanelRound>(value.get("rounds"));
    let (accepted, bad_accepted) = salvage::<AcceptedInvitation>(value.get("accepted"));
    Loaded {
        document: Document {
            schema_version: SCHEMA_VERSION,
            specs,
            candidates,
            salary: value
                .get("salary")
                .and_then(|v| serde_json::from_value(v.clone()).ok())
                .unwrap_or_default(),
            team_plans,
            rounds,
            accepted,
            unknown: Unknown::default(),
        },
        problem: Some(LoadProblem::PartlyRecovered {
            dropped: (bad_specs + bad_candidates + bad_plans + bad_rounds + bad_accepted).max(1),
            reason: whole_error,
        }),
        stamp: None,
    }
}

fn salvage<T: serde::de::DeserializeOwned>(list: Option<&Value>) -> (Vec<T>, usize) {
    let Some(list) = list else {
        return (Vec::new(), 0);
    };
    let Some(items) = list.as_array() else {
        return (Vec::new(), 1);
    };
    let mut kept = Vec::new();
    let mut dropped = 0;
    for item in items {
        match serde_json::from_value::<T>(item.clone()) {
            Ok(record) => kept.push(record),
            Err(_) => dropped += 1,
        }
    }
    (kept, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add_field(mut v: Value) -> Result<Value, String> {
        v.as_object_mut()
            .ok_or("not an object")?
            .insert("added".into(), Value::from(true));
        Ok(v)
    }

    fn rename_field(mut v: Value) -> Result<Value, String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        let added = obj.remove("added").ok_or("step 1 did not run first")?;
        obj.insert("renamed".into(), added);
        Ok(v)
    }

    #[test]
    fn migrations_run_in_order_from_the_stored_version() {
        let steps: &[Migration] = &[add_field, rename_field];
        let v1 = serde_json::json!({"schema_version": 1});
        let out = migrate(v1, 1, steps).unwrap();
        assert_eq!(out["renamed"], Value::from(true));
        assert_eq!(out["schema_version"], Value::from(3));

        let v2 = serde_json::json!({"schema_version": 2, "added": 5});
        let out = migrate(v2, 2, steps).unwrap();
        assert_eq!(out["renamed"], Value::from(5));
    }

    #[test]
    fn a_failing_migration_is_reported_not_swallowed() {
        let steps: &[Migration] = &[rename_field];
        let err = migrate(serde_json::json!({"schema_version": 1}), 1, steps).unwrap_err();
        assert!(err.contains("step 1"));
    }
}
