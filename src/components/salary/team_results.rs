//! The team planner's totals: salaries and total cost, here and for the same team in the US.

use yew::prelude::*;

use super::figure::{figure, FigureProps};
use super::model::local_range;
use crate::engine::money;
use crate::engine::salary::{LocalCurrency, TeamPlan};

#[derive(PartialEq)]
pub struct TeamResultsProps {
    pub plan: TeamPlan,
    pub currency: Option<LocalCurrency>,
    /// Publishers of the bands in use.
    pub sources: AttrValue,
}

const COST_SOURCE: &str =
    "the bands above, plus each row's on-cost (shown on the row) from Band and savings";

pub fn team_results(props: &TeamResultsProps) -> Html {
    let p = &props.plan;
    let c = props.currency.as_ref();
    let people = if p.headcount == 1 {
        "1 person".to_string()
    } else {
        format!("{} people", p.headcount)
    };
    let missing = (!p.missing.is_empty()).then(|| {
        format!(
            "{} row(s) left out: no band for that level and market.",
            p.missing.len()
        )
    });
    html! {
        <div aria-live="polite">
            <dl class="salary-figures">
                { figure(&FigureProps { label: format!("Annual salaries, {people}").into(), value: money::range(p.salary_min, p.salary_max).into(), local: local_range(p.salary_min, p.salary_max, c), source: props.sources.clone().into(), ..Default::default() }) }
                { figure(&FigureProps { label: "Total employment cost".into(), value: money::range(p.cost_min, p.cost_max).into(), local: local_range(p.cost_min, p.cost_max, c), source: COST_SOURCE.into(), ..Default::default() }) }
                { figure(&FigureProps { label: "Salaries for the same team in the US".into(), value: money::range(p.us_salary_min, p.us_salary_max).into(), local: local_range(p.us_salary_min, p.us_salary_max, c), source: props.sources.clone().into(), ..Default::default() }) }
                { figure(&FigureProps { label: "Total cost for the same team in the US".into(), value: money::range(p.us_cost_min, p.us_cost_max).into(), local: local_range(p.us_cost_min, p.us_cost_max, c), source: COST_SOURCE.into(), ..Default::default() }) }
                { figure(&FigureProps { label: "Savings on salaries".into(), value: p.salary_savings.message().into(), source: props.sources.clone().into(), ..Default::default() }) }
                { figure(&FigureProps { label: "Savings on total cost".into(), value: p.cost_savings.message().into(), source: COST_SOURCE.into(), ..Default::default() }) }
            </dl>
            if let Some(text) = missing {
                <p class="muted">{ text }</p>
            }
        </div>
    }
}
