//! The salary and total-cost calculator's pieces (C1-C7). Each card is presentational: it gets
//! the bands and settings as props and hands changed settings back through a callback.

pub mod band_card;
pub mod band_editor;
pub mod band_fields;
pub mod chart;
pub mod chart_card;
pub mod chart_geometry;
pub mod chart_table;
pub mod currency_card;
pub mod field;
pub mod figure;
pub mod model;
pub mod offer_card;
pub mod offer_model;
pub mod offer_result;
pub mod on_cost;
pub mod team_card;
pub mod team_results;
pub mod team_row;
