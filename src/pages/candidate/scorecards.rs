//! The panel's scorecards for one candidate, with independent scoring (S2, S4): "Score as..."
//! opens the interviewer's own card; the others' ratings and the result stay hidden until they
//! submit it. "View results" is offered only to someone with no unsubmitted card open.

use yew::prelude::*;

use super::share::ShareCard;
use crate::app::use_app;
use crate::components::candidate::card_edit::{
    count, may_view_results, submitted_only, visibility, Visibility,
};
use crate::components::candidate::radar::{self, RadarProps};
use crate::components::candidate::result::{result_panel, ResultProps};
use crate::components::candidate::scorecard_form::{scorecard_form, ScorecardFormProps};
use crate::components::candidate::scorecard_view::{scorecard_view, ScorecardViewProps};
use crate::engine::candidate::{Candidate, Scorecard};
use crate::engine::compare::radar;
use crate::engine::edit::ScorecardEdit;
use crate::engine::panel::same_interviewer;
use crate::engine::role::{CompetencyReq, RoleSpec};
use crate::engine::scoring::score;
use crate::platform::{clock, me};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub candidate: Candidate,
    pub spec: Option<RoleSpec>,
    /// A panel round holds the ratings closed until every card is in (or opened early).
    #[prop_or_default]
    pub closed: bool,
}

#[function_component(Scorecards)]
pub fn scorecards(props: &Props) -> Html {
    let app = use_app();
    let scoring_as = use_state(|| None::<String>);
    let reveal = use_state(|| false);
    let name = use_state(|| me::name().unwrap_or_default());
    let c = &props.candidate;
    let Some(spec) = &props.spec else {
        return html! {
            <section class="card"><h2>{ "Scorecards" }</h2>
                <p class="empty">{ "Choose a role spec in the profile first: scorecards rate the competencies it weights." }</p>
            </section>
        };
    };
    let me = scoring_as.as_deref();
    let seen = if props.closed {
        Visibility::NamesOnly
    } else {
        visibility(&c.scorecards, me, *reveal)
    };
    let own = me.and_then(|m| {
        c.scorecards
            .iter()
            .find(|s| same_interviewer(&s.interviewer, m))
    });
    let weighted: Vec<CompetencyReq> = spec
        .competencies
        .iter()
        .filter(|r| r.weight > 0)
        .copied()
        .collect();

    // Callbacks
    let start = {
        let (id, scoring_as, name) = (c.id.clone(), scoring_as.clone(), name.clone());
        app.callback(move |app, e: SubmitEvent| {
            e.prevent_default();
            let who = name.trim().to_string();
            if who.is_empty() {
                return;
            }
            me::remember(&who);
            app.edit_scorecard(&id, &who, ScorecardEdit::Open);
            scoring_as.set(Some(who));
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_edit = me.map(|who| app.scorecard_editor(&c.id, who));
    let show_all = {
        let reveal = reveal.clone();
        Callback::from(move |_: MouseEvent| reveal.set(true))
    };

    // What to show
    let form = own
        .filter(|card| !card.submitted)
        .zip(on_edit)
        .map(|(card, on_edit)| {
            html! {
                { scorecard_form(&ScorecardFormProps { card: card.clone(), competencies: weighted.clone(), on_edit }) }
            }
        });
    let counted = submitted_only(c);
    let drafts = c.scorecards.len() - counted.scorecards.len();
    let body = match seen {
        Visibility::All => {
            let report = score(spec, &counted.scorecards);
            let points = radar(spec, &report);
            let cards = c.scorecards.iter().map(|card| html! {
                { scorecard_view(&ScorecardViewProps { card: card.clone(), changed: format!("last changed {}", clock::local_time(card.updated_at)).into(), children: html! { <ShareCard candidate_id={c.id.clone()} candidate_name={c.name.clone()} card={card.clone()} /> } }) }
            });
            html! {
                <>
                    if c.scorecards.is_empty() { <p class="empty">{ "No scorecards yet: enter an interviewer's name above to start one." }</p> }
                    { for cards }
                    { result_panel(&ResultProps { report, drafts }) }
                    { radar::radar(&RadarProps { points, name: c.name.clone().into() }) }
                </>
            }
        }
        Visibility::OwnOnly { hidden: 0 } => html! {},
        Visibility::OwnOnly { hidden } => html! {
            <p class="hidden-note" role="status">
                { format!("{} hidden until you submit yours, so their ratings cannot sway you.", other_cards(hidden)) }
            </p>
        },
        Visibility::NamesOnly => names_only(&c.scorecards),
    };
    let offer_results =
        !props.closed && may_view_results(&c.scorecards, me) && seen != Visibility::All;
    let scoring_note = me.map(|m| format!("Scoring as {m}."));
    html! {
        <section class="scorecards" aria-labelledby="scorecards-heading">
            <h2 id="scorecards-heading">{ "Scorecards" }</h2>
            <form class="card score-as no-print" onsubmit={start}>
                <div class="field">
                    <label for="score-as">{ "Score as (your name)" }</label>
                    <input id="score-as" type="text" value={(*name).clone()} oninput={on_name} autocomplete="name" />
                    <p class="help">{ "Each interviewer fills in their own scorecard. This device remembers the name for next time; change it here or in Your data." }</p>
                </div>
                <div class="button-row">
                    <button type="submit" class="button--primary">{ "Open my scorecard" }</button>
                    if offer_results {
                        <button type="button" onclick={show_all}>{ "View results" }</button>
                    }
                </div>
                if offer_results {
                    <p class="help">{ "\"View results\" reveals every interviewer's ratings and the result. Use it as the hiring manager, not before scoring yourself." }</p>
                } else if seen != Visibility::All {
                    <p class="help">{ "The results open once your own scorecard is submitted." }</p>
                }
                if let Some(note) = scoring_note { <p class="muted">{ note }</p> }
            </form>
            // The hidden-cards note comes first, so it is read before the form.
            { body }
            { for form }
        </section>
    }
}

fn other_cards(n: usize) -> String {
    let cards = count(n, "other scorecard");
    if n == 1 {
        format!("{cards} is")
    } else {
        format!("{cards} are")
    }
}

/// Who has scored, without any rating: safe to show before anyone submits.
fn names_only(cards: &[Scorecard]) -> Html {
    if cards.is_empty() {
        return html! { <p class="empty">{ "No scorecards yet: enter your name above to start one." }</p> };
    }
    let items = cards.iter().map(|card| {
        let state = if card.submitted {
            "submitted"
        } else {
            "in progress"
        };
        html! { <li>{ format!("{}: {state}", card.interviewer) }</li> }
    });
    html! {
        <div class="card">
            <p>{ format!("{} so far. Ratings stay hidden until you open your own scorecard and submit it, or choose \"View results\".", count(cards.len(), "scorecard")) }</p>
            <ul>{ for items }</ul>
        </div>
    }
}
