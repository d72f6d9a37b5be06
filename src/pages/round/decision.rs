//! The decision and its record (M5, item 8): hire / no hire / hold with written reasons, then
//! the record as Markdown to download or print: spec and link, kit, each card, amendments, the
//! result before and after the debrief, who decided when, and the retention reminder.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::opening::manager;
use crate::app::use_app;
use crate::engine::candidate::Candidate;
use crate::engine::decision_record::{decision_markdown, Decision, Outcome, RecordInput};
use crate::engine::edit::RoundEdit;
use crate::engine::link::spec::encode_spec;
use crate::engine::panel_round::PanelRound;
use crate::engine::store::SavedSpec;
use crate::platform::{clock, download, link, print};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub round: PanelRound,
    pub candidate: Candidate,
    pub saved: SavedSpec,
}

#[function_component(DecisionRecord)]
pub fn decision_record(props: &Props) -> Html {
    let app = use_app();
    let outcome = use_state(|| props.round.decision.as_ref().map(|d| d.outcome));
    let reasons = use_state(|| {
        props
            .round
            .decision
            .as_ref()
            .map(|d| d.reasons.clone())
            .unwrap_or_default()
    });
    let problem = use_state(|| None::<String>);
    let on_reasons = {
        let reasons = reasons.clone();
        Callback::from(move |e: InputEvent| {
            reasons.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let choices = Outcome::ALL.iter().map(|&o| {
        let pick = { let outcome = outcome.clone(); Callback::from(move |_: Event| outcome.set(Some(o))) };
        html! { <label class="choice"><input type="radio" name="decision" checked={*outcome == Some(o)} onchange={pick} />{ o.label() }</label> }
    });
    let decide = {
        let (round, candidate, outcome, reasons, problem) = (
            props.round.clone(),
            props.candidate.clone(),
            outcome.clone(),
            reasons.clone(),
            problem.clone(),
        );
        app.callback(move |app, e: SubmitEvent| {
            e.prevent_default();
            let Some(outcome) = *outcome else {
                problem.set(Some("Choose hire, no hire or hold.".into()));
                return;
            };
            let decision = Decision {
                outcome,
                reasons: reasons.trim().to_string(),
                decided_by: manager(),
                decided_at: clock::now_ms(),
            };
            let edit = RoundEdit::Decide {
                decision: Box::new(decision),
            };
            match edit.check(&round, &candidate, clock::now_ms()) {
                Err(e) => problem.set(Some(e.to_string())),
                Ok(_) => {
                    problem.set(None);
                    app.edit_round(&round.id, edit);
                }
            }
        })
    };
    let record = props.round.decision.as_ref().map(|decision| {
        let spec_link = link::app_url(&format!("/s/{}", encode_spec(&props.saved.spec)));
        let md = decision_markdown(&RecordInput {
            candidate: &props.candidate,
            spec: &props.saved.spec,
            spec_link: &spec_link,
            kit: props.saved.kit.as_ref(),
            round: &props.round,
            decision,
        });
        let name = format!("hirekit-decision-{}.md", crate::engine::decision_record::iso_date(decision.decided_at));
        let save = { let md = md.clone(); Callback::from(move |_: MouseEvent| { let _ = download::download(&name, "text/markdown", &md); }) };
        let print = Callback::from(|_: MouseEvent| print::print_page());
        html! {
            <>
                <div class="button-row no-print">
                    <button type="button" class="button--primary" onclick={save}>{ "Download the decision record" }</button>
                    <button type="button" onclick={print}>{ "Print" }</button>
                </div>
                <pre class="decision-record">{ md }</pre>
            </>
        }
    });
    html! {
        <section class="card decision" aria-labelledby="decision-heading">
            <h2 id="decision-heading">{ "Decision" }</h2>
            <form class="no-print" onsubmit={decide}>
                <fieldset class="field">
                    <legend>{ "The decision" }</legend>
                    <div class="choice-row">{ for choices }</div>
                </fieldset>
                <div class="field">
                    <label for="decision-reasons">{ "Reasons" }</label>
                    <textarea id="decision-reasons" rows="4" value={(*reasons).clone()} oninput={on_reasons} />
                    <p class="help">{ "What the decision rests on, in a few sentences. The record keeps them with the evidence." }</p>
                </div>
                <button type="submit">{ "Record the decision" }</button>
                if let Some(why) = (*problem).clone() { <p class="error" role="alert">{ why }</p> }
            </form>
            { for record }
        </section>
    }
}
