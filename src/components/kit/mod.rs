//! The interview kit's pieces (features I1-I6): the question bank, the assembled kit and its
//! edit controls, live-mode questions, the hiring plan and the onboarding checklist.

pub mod bank;
pub mod budget_form;
pub mod coverage_table;
pub mod custom_form;
pub mod hiring_plan;
pub mod interviewer_form;
pub mod kit_item;
pub mod kit_view;
pub mod live_question;
pub mod onboarding;
pub mod print_boxes;
pub mod question_card;
pub mod structured_note;
