//! The interview kit's pieces (features I1-I6): the question bank, the assembled kit and its
//! edit controls and the live-mode questions.

pub mod bank;
pub mod budget_form;
pub mod coverage_table;
pub mod custom_form;
pub mod interviewer_form;
pub mod kit_item;
pub mod kit_view;
pub mod live_question;
pub mod print_boxes;
pub mod question_card;
pub mod structured_note;
