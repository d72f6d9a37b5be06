//! Edits, not records: each change a person makes is a small value (`SpecEdit::Rename { title }`,
//! `ScorecardEdit::Rate { .. }`) that `AppState::apply` makes to the record as it is in the
//! document at that moment. A screen that sends a whole edited copy would overwrite whatever
//! changed since it rendered (another tab's merge, an import); an edit only touches its field.
//!
//! Every `apply` returns whether the record changed, so a repeated edit is not a new save.
//! `merge` merges two tabs' versions of one record field by field, so edits to different fields
//! made in two tabs both survive.

pub mod candidate;
pub mod kit;
pub mod merge;
pub mod round;
pub mod salary;
pub mod scorecard;
pub mod spec;
pub mod team_plan;

pub use candidate::{CandidateEdit, PlanEdit};
pub use kit::KitEdit;
pub use round::RoundEdit;
pub use salary::SalaryEdit;
pub use scorecard::{AnswerEdit, ScorecardEdit};
pub use spec::SpecEdit;
pub use team_plan::TeamPlanEdit;
