//! The candidates tool's pieces (S1-S7): profile, scorecards, result, radar, comparison,
//! import review. Props in, callbacks out; the pure helpers they share are tested natively.

pub mod card_edit;
pub mod compare_radar;
pub mod compare_table;
pub mod competency_field;
pub mod final_call;
pub mod hiring_plan;
pub mod import_review;
pub mod list;
pub mod onboarding;
pub mod profile;
pub mod profile_edit;
pub mod radar;
pub mod radar_geometry;
pub mod result;
pub mod scorecard_form;
pub mod scorecard_view;
pub mod status;
