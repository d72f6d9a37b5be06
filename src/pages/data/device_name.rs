//! The one place to change who interviews on this device (item 2). The name is kept in this
//! browser only: the scorecard form, live mode and invitations start from it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::platform::me;

#[function_component(DeviceName)]
pub fn device_name() -> Html {
    let name = use_state(|| me::name().unwrap_or_default());
    let saved = use_state(|| false);
    let on_input = {
        let (name, saved) = (name.clone(), saved.clone());
        Callback::from(move |e: InputEvent| {
            saved.set(false);
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let save = {
        let (name, saved) = (name.clone(), saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            me::remember(&name);
            saved.set(true);
        })
    };
    html! {
        <section class="card" aria-labelledby="device-name-heading">
            <h2 id="device-name-heading">{ "You on this device" }</h2>
            <form onsubmit={save}>
                <div class="field">
                    <label for="device-name">{ "Your name as an interviewer" }</label>
                    <input id="device-name" type="text" autocomplete="name" value={(*name).clone()} oninput={on_input} />
                    <p class="help">{ "Filled in for you on scorecards and in live mode. It stays in this browser: it is not part of your exported data." }</p>
                </div>
                <button type="submit">{ "Save name" }</button>
                if *saved { <p class="help" role="status">{ "Saved on this device." }</p> }
            </form>
        </section>
    }
}
