//! One change to a saved team plan: its name, or one field of one of its rows.
//!
//! A country belongs to one market: choosing a country moves the row to its market, and moving
//! the row to another market drops a country that is not in it.

use crate::engine::candidate::RecordId;
use crate::engine::region::{Market, Region};
use crate::engine::salary::{
    Level, PlannedRow, SavedTeamPlan, TeamLine, MAX_PLAN_NAME, MAX_ROW_PEOPLE,
};

#[derive(Clone, Debug, PartialEq)]
pub enum TeamPlanEdit {
    Rename {
        name: String,
    },
    /// A new row (one mid-level hire in Latin America) under an id minted by the caller.
    AddRow {
        row: RecordId,
    },
    RemoveRow {
        row: RecordId,
    },
    People {
        row: RecordId,
        count: u32,
    },
    Level {
        row: RecordId,
        level: Level,
    },
    Market {
        row: RecordId,
        market: Market,
    },
    Country {
        row: RecordId,
        country: Option<Region>,
    },
}

impl TeamPlanEdit {
    /// Makes the edit at time `now`; true if the plan changed. Out-of-range values are refused.
    pub fn apply(self, plan: &mut SavedTeamPlan, now: u64) -> bool {
        let before = plan.clone();
        match self {
            TeamPlanEdit::Rename { name } => {
                plan.name = name.chars().take(MAX_PLAN_NAME).collect();
            }
            TeamPlanEdit::AddRow { row } => {
                if plan.rows.iter().any(|r| r.id == row) {
                    return false;
                }
                plan.rows.push(PlannedRow {
                    id: row,
                    line: TeamLine::FIRST,
                });
            }
            TeamPlanEdit::RemoveRow { row } => plan.rows.retain(|r| r.id != row),
            TeamPlanEdit::People { row, count } => {
                if count > MAX_ROW_PEOPLE {
                    return false;
                }
                edit_line(plan, &row, |l| l.count = count);
            }
            TeamPlanEdit::Level { row, level } => edit_line(plan, &row, |l| l.level = level),
            TeamPlanEdit::Market { row, market } => edit_line(plan, &row, |l| {
                l.market = market;
                if l.country.is_some_and(|c| c.market() != market) {
                    l.country = None;
                }
            }),
            TeamPlanEdit::Country { row, country } => edit_line(plan, &row, |l| {
                if let Some(c) = country {
                    l.market = c.market();
                }
                l.country = country;
            }),
        }
        if *plan == before {
            return false;
        }
        plan.updated_at = now;
        true
    }
}

fn edit_line(plan: &mut SavedTeamPlan, row: &str, change: impl FnOnce(&mut TeamLine)) {
    if let Some(r) = plan.rows.iter_mut().find(|r| r.id == row) {
        change(&mut r.line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_with_row() -> SavedTeamPlan {
        let mut plan = SavedTeamPlan::new("p1".into(), "Team plan 1".into(), 1);
        assert!(TeamPlanEdit::AddRow { row: "r1".into() }.apply(&mut plan, 2));
        plan
    }

    #[test]
    fn row_edits_change_one_field_of_one_row() {
        let mut plan = plan_with_row();
        let row = || "r1".to_string();
        assert!(TeamPlanEdit::AddRow { row: "r2".into() }.apply(&mut plan, 3));
        assert!(TeamPlanEdit::People {
            row: row(),
            count: 3
        }
        .apply(&mut plan, 4));
        assert!(TeamPlanEdit::Level {
            row: row(),
            level: Level::Senior
        }
        .apply(&mut plan, 5));
        assert_eq!(plan.rows[0].line.count, 3);
        assert_eq!(plan.rows[0].line.level, Level::Senior);
        assert_eq!(
            plan.rows[1].line,
            TeamLine::FIRST,
            "the other row is untouched"
        );
        assert_eq!(plan.updated_at, 5);
        assert!(!TeamPlanEdit::People {
            row: row(),
            count: 3
        }
        .apply(&mut plan, 6));
        assert!(!TeamPlanEdit::People {
            row: row(),
            count: MAX_ROW_PEOPLE + 1
        }
        .apply(&mut plan, 6));
        assert!(!TeamPlanEdit::AddRow { row: row() }.apply(&mut plan, 6));
        assert_eq!(plan.updated_at, 5, "refused edits keep the time");
        assert!(TeamPlanEdit::RemoveRow { row: row() }.apply(&mut plan, 7));
        assert_eq!(plan.rows.len(), 1);
        assert_eq!(plan.rows[0].id, "r2");
    }

    #[test]
    fn a_country_sets_its_market_and_another_market_drops_it() {
        let mut plan = plan_with_row();
        let row = || "r1".to_string();
        plan.rows[0].line.market = Market::UnitedStates;
        assert!(TeamPlanEdit::Country {
            row: row(),
            country: Some(Region::Brazil)
        }
        .apply(&mut plan, 3));
        assert_eq!(plan.rows[0].line.market, Market::LatinAmerica);
        assert!(TeamPlanEdit::Market {
            row: row(),
            market: Market::UnitedStates
        }
        .apply(&mut plan, 4));
        assert_eq!(plan.rows[0].line.country, None);
    }

    #[test]
    fn a_long_name_is_cut_to_the_limit() {
        let mut plan = plan_with_row();
        let name = "x".repeat(MAX_PLAN_NAME * 2);
        assert!(TeamPlanEdit::Rename { name }.apply(&mut plan, 3));
        assert_eq!(plan.name.chars().count(), MAX_PLAN_NAME);
    }
}
