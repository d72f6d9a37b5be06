//! The builder's side column: warnings (R6), the share link (R4) and the job description (R3).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::citation::{citation, CitationProps};
use crate::engine::spec_rules::SpecProblem;

#[derive(PartialEq)]
pub struct WarningsPanelProps {
    pub warnings: Vec<String>,
    /// Who publishes the salary bands the budget is checked against.
    pub band_source: AttrValue,
}

pub fn warnings_panel(props: &WarningsPanelProps) -> Html {
    let items = props
        .warnings
        .iter()
        .map(|w| html! { <li>{ w.clone() }</li> });
    let count = match props.warnings.len() {
        1 => "1 thing to check".to_string(),
        n => format!("{n} things to check"),
    };
    html! {
        <section class="card spec-warnings" aria-labelledby="warnings-heading">
            <h2 id="warnings-heading">{ "Advice" }</h2>
            <div role="status">
                if props.warnings.is_empty() {
                    <p class="muted">{ "Nothing to flag: the level, must-haves, regions and budget fit together." }</p>
                } else {
                    <p class="status status--warn">{ "⚠ " }{ count }</p>
                    <ul class="warning-list">{ for items }</ul>
                }
            </div>
            { citation(&CitationProps { lead: "Budget checked against salary bands. Source: ".into(), text: props.band_source.clone().into(), ..Default::default() }) }
        </section>
    }
}

#[derive(PartialEq)]
pub struct SharePanelProps {
    /// What stops the spec from being shared; empty when it can be.
    pub problems: Rc<Vec<SpecProblem>>,
    /// The link made for the spec as it is now.
    pub link: Option<String>,
    /// A link was made, but the spec changed since.
    pub stale: bool,
    pub status: Option<String>,
    pub on_share: Callback<()>,
}

pub fn share_panel(props: &SharePanelProps) -> Html {
    let on_share = props.on_share.reform(|_: MouseEvent| ());
    let fixes = props
        .problems
        .iter()
        .map(|p| html! { <li>{ p.to_string() }</li> });
    let can_share = props.problems.is_empty();
    html! {
        <section class="card spec-share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ "Share" }</h2>
            <p class="help">{ "The link holds this role spec only, never candidates, scorecards or notes. It opens a read-only copy that the other person can save." }</p>
            if can_share {
                <button type="button" class="button--primary" onclick={on_share}>{ "Share link" }</button>
            } else {
                <p>{ "Fix these before sharing:" }</p>
                <ul class="fix-list">{ for fixes }</ul>
            }
            if let Some(link) = props.link.clone() {
                <div class="field share-link">
                    <label for="share-link">{ "Link to this spec" }</label>
                    <input id="share-link" type="text" readonly=true value={link} />
                    <p class="help">{ "Select it and copy it if copying did not work." }</p>
                </div>
            }
            if props.stale {
                <p class="muted">{ "You changed the spec since the last link: share again for a link with the changes." }</p>
            }
            <p role="status" class="share-status">{ props.status.clone().unwrap_or_default() }</p>
        </section>
    }
}

#[derive(PartialEq)]
pub struct JobPanelProps {
    pub markdown: Rc<String>,
    pub status: Option<String>,
    pub on_copy: Callback<()>,
    pub on_download: Callback<()>,
}

pub fn job_panel(props: &JobPanelProps) -> Html {
    let on_copy = props.on_copy.reform(|_: MouseEvent| ());
    let on_download = props.on_download.reform(|_: MouseEvent| ());
    html! {
        <section class="card job-description" aria-labelledby="jd-heading">
            <h2 id="jd-heading">{ "Job description" }</h2>
            <p class="help">{ "Written from the spec as you edit, in Markdown: paste it into a job board or your careers page." }</p>
            <div class="button-row no-print">
                <button type="button" onclick={on_copy}>{ "Copy" }</button>
                <button type="button" onclick={on_download}>{ "Download .md" }</button>
            </div>
            <p role="status" class="jd-status">{ props.status.clone().unwrap_or_default() }</p>
            <pre class="markdown" tabindex="0" aria-label="Job description in Markdown">{ props.markdown.as_str() }</pre>
        </section>
    }
}
