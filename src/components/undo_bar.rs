//! After a delete: say what went and offer it back, instead of asking "are you sure?".

use yew::prelude::*;

#[derive(PartialEq)]
pub struct UndoBarProps {
    pub text: Option<String>,
    pub on_undo: Callback<()>,
}

pub fn undo_bar(props: &UndoBarProps) -> Html {
    let Some(text) = props.text.clone() else {
        return html! {};
    };
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    html! {
        <div class="undo-bar no-print" role="status">
            <span>{ text }</span>
            <button type="button" onclick={undo}>{ "Undo" }</button>
        </div>
    }
}
