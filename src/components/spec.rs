//! The role-spec tool's pieces (R1-R6): builder groups, side panels, the read-only summary, the
//! library row and the preset chooser, plus the pure helpers they share.

pub mod budget;
pub mod competency_table;
pub mod controls;
pub mod edit;
pub mod library;
pub mod panels;
pub mod place_fields;
pub mod role_fields;
pub mod summary;
