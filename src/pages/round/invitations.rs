//! Who is on the panel, whose card is in, and one invitation link per interviewer (item 4).
//! Each interviewer gets the questions of the kit's stages they run (all of them unless the
//! manager unticks some), up to the invitation's limit of 30.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::import::{import_return, Imported};
use crate::app::use_app;
use crate::engine::candidate::Candidate;
use crate::engine::edit::RoundEdit;
use crate::engine::kit::Kit;
use crate::engine::link::invitation::{
    encode_invitation, questions_for, stage_questions, stages_run, validate, Invitation,
    ROUTE_PREFIX,
};
use crate::engine::link::sealed_return::{deliver, RoundPublicKey};
use crate::engine::money::thousands;
use crate::engine::panel_round::{CardSource, PanelRound};
use crate::engine::questions::QuestionType;
use crate::engine::role::RoleSpec;
use crate::pages::file_instead::FileInstead;
use crate::platform::{clipboard, link};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub round: PanelRound,
    pub candidate: Candidate,
    pub spec: RoleSpec,
    pub kit: Kit,
}

#[function_component(Invitations)]
pub fn invitations(props: &Props) -> Html {
    let app = use_app();
    let name = use_state(String::new);
    let pasted = use_state(String::new);
    let message = use_state(|| None::<(bool, String)>);
    // Stages the next interviewer does not run; by default they run every stage.
    let skipped = use_state(Vec::<QuestionType>::new);
    let no_stage = use_state(|| false);
    let round = &props.round;
    let kit_stages: Vec<QuestionType> = props
        .kit
        .stages
        .iter()
        .filter(|s| !s.items.is_empty())
        .map(|s| s.kind)
        .collect();

    // Callbacks
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let invite = {
        let (id, name, kit) = (round.id.clone(), name.clone(), props.kit.clone());
        let (skipped, no_stage, kit_stages) =
            (skipped.clone(), no_stage.clone(), kit_stages.clone());
        app.callback(move |app, e: SubmitEvent| {
            e.prevent_default();
            let runs: Vec<QuestionType> = kit_stages
                .iter()
                .copied()
                .filter(|k| !skipped.contains(k))
                .collect();
            if runs.is_empty() {
                no_stage.set(true);
                return;
            }
            no_stage.set(false);
            let question_ids = stage_questions(&kit, &runs);
            app.edit_round(
                &id,
                RoundEdit::Invite {
                    name: name.trim().to_string(),
                    question_ids,
                },
            );
            name.set(String::new());
            skipped.set(Vec::new());
        })
    };
    let stage_boxes = kit_stages.iter().map(|&kind| {
        let toggle = {
            let skipped = skipped.clone();
            Callback::from(move |_: Event| {
                let mut next = (*skipped).clone();
                if let Some(at) = next.iter().position(|k| *k == kind) {
                    next.remove(at);
                } else {
                    next.push(kind);
                }
                skipped.set(next);
            })
        };
        let id = format!("invite-stage-{}", slug(kind.label()));
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={!skipped.contains(&kind)} onchange={toggle} />
                <label for={id}>{ kind.label() }</label>
            </li>
        }
    });
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            pasted.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let import = {
        let (pasted, message) = (pasted.clone(), message.clone());
        app.callback(move |app, _: MouseEvent| {
            let (app, text, message, pasted) = (app.clone(), (*pasted).clone(), message.clone(), pasted.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let said = match import_return(&app, &text).await {
                    Imported::Done { message, .. } => { pasted.set(String::new()); (true, message) }
                    Imported::NotForThisBrowser => (false, "This card is sealed for a round this browser does not hold: it cannot be opened here.".to_string()),
                    Imported::Refused(why) => (false, why),
                };
                message.set(Some(said));
            });
        })
    };

    let rows = round.panel.iter().map(|p| {
        let received = round
            .received
            .iter()
            .find(|r| crate::engine::candidate::same_interviewer(&r.interviewer, &p.name));
        let state = match received.map(|r| &r.source) {
            Some(CardSource::Sealed { .. }) => "card in (sealed)",
            Some(CardSource::Unsealed) => {
                "card in (unsealed: anyone who saw the link could read it)"
            }
            None => "waiting for their card",
        };
        let link = invitation_link(round, &props.candidate, &props.spec, &props.kit, p);
        let runs = stages_run(&props.kit, &p.question_ids)
            .iter()
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join(", ");
        let runs = format!("Runs {runs} ({} questions).", p.question_ids.len());
        html! { <InviteRow name={p.name.clone()} state={state} {runs} {link} /> }
    });
    let status = round.status();
    html! {
        <>
            <div class="no-print">
            <h3>{ "Interviewers and their invitations" }</h3>
            <p role="status" class="round-count">{ format!("{} of {} expected cards in.", status.received.len(), round.panel.len()) }</p>
            if round.panel.is_empty() { <p class="empty">{ "No interviewers yet: add the first one below." }</p> }
            <ul class="plain-list invite-list">{ for rows }</ul>
            <form class="invite-form" onsubmit={invite}>
                <div class="field">
                    <label for="invite-name">{ "Interviewer's name" }</label>
                    <input id="invite-name" type="text" value={(*name).clone()} oninput={on_name} />
                    <p class="help">{ "They get the role spec, the questions of the stages they run and the candidate's name only: no salary ask, no other scorecards." }</p>
                </div>
                <fieldset class="field" aria-describedby="invite-stages-help">
                    <legend>{ "Stages they run" }</legend>
                    <ul class="plain-list">{ for stage_boxes }</ul>
                    <p class="help" id="invite-stages-help">{ "Split the kit between interviewers by stage; each one sees and rates only the questions of their own stages." }</p>
                    if *no_stage { <p class="error" role="alert">{ "Tick at least one stage for them to run." }</p> }
                </fieldset>
                <button type="submit">{ "Add to the panel" }</button>
            </form>
            <h3>{ "Cards sent back" }</h3>
            <div class="field">
                <label for="return-paste">{ "A returned scorecard (link or file text)" }</label>
                <textarea id="return-paste" rows="3" value={(*pasted).clone()} oninput={on_paste} />
            </div>
            <button type="button" onclick={import}>{ "Import returned scorecard" }</button>
            if let Some((ok, text)) = (*message).clone() {
                <p class={if ok { "banner banner--info" } else { "error" }} role="status">{ text }</p>
            }
            </div>
        </>
    }
}

/// The invitation link for one interviewer, or the problem in words.
fn invitation_link(
    round: &PanelRound,
    c: &Candidate,
    spec: &RoleSpec,
    kit: &Kit,
    p: &crate::engine::panel_round::Interviewer,
) -> Result<String, String> {
    let round_key = RoundPublicKey::from_bytes(&round.public_key)
        .ok_or("The round's key is damaged: start a new round.")?;
    let invitation = Invitation {
        round_id: round.id.clone(),
        interviewer: p.name.clone(),
        candidate_name: c.name.clone(),
        round_key,
        spec: spec.clone(),
        questions: questions_for(kit, &p.question_ids),
    };
    validate(&invitation).map_err(|problems| problems.join(" "))?;
    Ok(link::app_url(&format!(
        "{}{}",
        ROUTE_PREFIX.trim_start_matches('#'),
        encode_invitation(&invitation)
    )))
}

#[derive(Properties, PartialEq)]
struct RowProps {
    name: String,
    state: &'static str,
    /// Which stages they run, and how many questions that is.
    runs: String,
    link: Result<String, String>,
}

#[function_component(InviteRow)]
fn invite_row(props: &RowProps) -> Html {
    let copied = use_state(|| None::<String>);
    let body = match &props.link {
        Err(why) => html! { <p class="error">{ why.clone() }</p> },
        Ok(url) => {
            let copy = {
                let (url, copied) = (url.clone(), copied.clone());
                Callback::from(move |_: MouseEvent| {
                    let (url, copied) = (url.clone(), copied.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        copied.set(Some(match clipboard::copy(&url).await {
                            Ok(()) => "Invitation copied.".to_string(),
                            Err(why) => why,
                        }));
                    });
                })
            };
            let delivery = deliver(
                url.clone(),
                &format!("hirekit-invitation-{}.txt", slug(&props.name)),
            );
            let warning = format!(
                "{} characters: send the file.",
                thousands(url.chars().count() as u64)
            );
            let id = format!("invite-{}", slug(&props.name));
            html! {
                <>
                    <label for={id.clone()} class="visually-hidden">{ format!("Invitation link for {}", props.name) }</label>
                    <input id={id} type="text" readonly=true value={url.clone()} class="share__link" />
                    <div class="button-row">
                        <button type="button" onclick={copy}>{ format!("Copy {}'s invitation", props.name) }</button>
                        <FileInstead {delivery} {warning} download_label="Download invitation file" />
                    </div>
                    if let Some(t) = (*copied).clone() { <p class="help" role="status">{ t }</p> }
                </>
            }
        }
    };
    html! {
        <li class="invite-row" data-interviewer={props.name.clone()}>
            <p><strong>{ props.name.clone() }</strong>{ format!(": {}", props.state) }</p>
            <p class="help">{ props.runs.clone() }</p>
            { body }
        </li>
    }
}

fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .trim_matches('-')
        .to_string()
}
