//! The opening of every screen: its heading and a short "how this works".

use yew::prelude::*;

pub fn intro(title: &str, how: &str) -> Html {
    intro_with(title, how, Html::default())
}

/// The intro with more below the explanation, such as a link onwards.
pub fn intro_with(title: &str, how: &str, children: Html) -> Html {
    html! {
        <div class="intro">
            <h1>{ title.to_string() }</h1>
            <p class="how-it-works"><strong>{ "How this works: " }</strong>{ how.to_string() }</p>
            { children }
        </div>
    }
}
