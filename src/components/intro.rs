//! The opening of every screen: its heading and a short "how this works".

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub title: AttrValue,
    /// Two or three sentences on what the screen does and how.
    pub how: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Intro)]
pub fn intro(props: &IntroProps) -> Html {
    html! {
        <div class="intro">
            <h1>{ props.title.clone() }</h1>
            <p class="how-it-works"><strong>{ "How this works: " }</strong>{ props.how.clone() }</p>
            { props.children.clone() }
        </div>
    }
}
