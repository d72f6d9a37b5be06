//! Banners for what the user must know: stored data that could not be read, failed saves.

use yew::prelude::*;

use crate::state::Notice;

#[derive(PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<usize>,
    /// Downloads the raw text kept under the given storage key.
    pub on_download_kept: Callback<String>,
}

pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let items = props.notices.iter().enumerate().map(|(index, notice)| {
        let dismiss = props.on_dismiss.reform(move |_: MouseEvent| index);
        let (message, kept_key) = match notice {
            Notice::StoreProblem { message, kept_key } => (message.clone(), kept_key.clone()),
            Notice::Info { message } => (message.clone(), None),
        };
        let download = kept_key.map(|key| {
            let on_click = props.on_download_kept.reform(move |_: MouseEvent| key.clone());
            html! { <button type="button" onclick={on_click}>{ "Download the kept data" }</button> }
        });
        html! {
            <div class="banner banner--warning" role="alert">
                <p><strong>{ "⚠ " }</strong>{ message }</p>
                <div class="banner__actions">
                    { for download }
                    <button type="button" class="button--quiet" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            </div>
        }
    });
    html! { <div class="notices no-print">{ for items }</div> }
}
