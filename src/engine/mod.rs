//! The pure core: the hiring domain and every rule users rely on. Tested natively.

pub mod candidate;
pub mod codec;
pub mod competency;
pub mod job_description;
pub mod kit;
pub mod presets;
pub mod questions;
pub mod region;
pub mod role;
pub mod salary;
pub mod scorecard_link;
pub mod scoring;
pub mod share;
pub mod spec_rules;
pub mod store;
