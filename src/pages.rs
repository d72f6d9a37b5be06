//! One file per screen. Pages read the app state, compute what they show, and dispatch actions.

pub mod candidate;
pub mod candidates;
pub mod data;
pub mod file_instead;
pub mod home;
pub mod invite;
pub mod kit;
pub mod later;
pub mod live_interview;
pub mod not_found;
pub mod round;
pub mod salary;
pub mod scorecard_import;
pub mod sealed_import;
pub mod shared_spec;
pub mod sources;
pub mod spec_builder;
pub mod specs;
