//! Why a structured interview: the research figures, with their publishers.

use yew::prelude::*;

use crate::components::citation::{citation, CitationProps};

pub fn structured_note() -> Html {
    html! {
        <aside class="card structured-note" aria-labelledby="why-structured">
            <h2 id="why-structured">{ "Why the same questions for everyone" }</h2>
            <p>{ "Interviews that ask every candidate the same role-related questions, and rate the answers on a written scale, predict job performance far better than a free conversation. Schmidt and Hunter put the validity of structured interviews at .51, against .38 for unstructured ones. A 2022 re-analysis by Sackett and colleagues found .42 against .19: the gap grew." }</p>
            { citation(&CitationProps { text: "Schmidt & Hunter (1998), Psychological Bulletin; Sackett, Zhang, Berry & Lievens (2022), Journal of Applied Psychology.".into(), ..Default::default() }) }
        </aside>
    }
}
