//! A link too long for chat tools, offered as a file: the warning, the download button and, if
//! the browser refuses the download, why. Shared by the invitation rows and the sealed return;
//! it lives with the pages because it downloads, which components leave to the platform.

use yew::prelude::*;

use crate::engine::link::sealed_return::Delivery;
use crate::platform::download;

#[derive(Properties, PartialEq)]
pub struct FileInsteadProps {
    /// How the link travels: nothing shows while it is short enough to send as it is.
    pub delivery: Delivery,
    /// Why the file, in a sentence.
    pub warning: AttrValue,
    pub download_label: AttrValue,
}

#[function_component(FileInstead)]
pub fn file_instead(props: &FileInsteadProps) -> Html {
    let failed = use_state(|| None::<String>);
    let Delivery::File { name, text } = &props.delivery else {
        return html! {};
    };
    let save = {
        let (name, text, failed) = (name.clone(), text.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            failed.set(download::download(&name, "text/plain", &text).err());
        })
    };
    html! {
        <>
            <span class="status status--warn">{ props.warning.clone() }</span>
            <button type="button" onclick={save}>{ props.download_label.clone() }</button>
            if let Some(why) = (*failed).clone() { <p class="error" role="alert">{ why }</p> }
        </>
    }
}
