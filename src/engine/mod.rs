//! The pure core: the hiring domain and every rule users rely on. Tested natively.

pub mod candidate;
pub mod codec;
pub mod compare;
pub mod competency;
pub mod edit;
pub mod input;
pub mod job_description;
pub mod kit;
pub mod money;
pub mod panel;
pub mod presets;
pub mod question_bank;
pub mod questions;
pub mod region;
pub mod role;
pub mod salary;
pub mod sample;
pub mod scorecard_link;
pub mod scoring;
pub mod share;
pub mod spec_rules;
pub mod store;
pub mod sync;
pub mod transfer;
