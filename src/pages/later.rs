//! A part of a screen that draws one task after the rest. A screen's first render on a slow
//! phone is a long task that blocks input; parts drawn in tasks of their own keep each task
//! short. At start-up the painted frame stays until the screen itself has drawn (`later`); cards
//! below the first screenful (`below_fold`) may follow, out of sight, after the frame has gone.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::platform::paint;

/// `content` drawn one task after what is around it; at start-up the frame waits for it.
pub fn later(content: impl Fn() -> Html + 'static) -> Html {
    part(Rc::new(content), true)
}

/// A card that starts below a phone's first screenful, drawn a task after the screen.
pub fn below_fold(content: impl Fn() -> Html + 'static) -> Html {
    part(Rc::new(content), false)
}

fn part(content: Rc<dyn Fn() -> Html>, hold: bool) -> Html {
    html! { <Later {content} {hold} /> }
}

#[derive(Properties)]
struct Props {
    content: Rc<dyn Fn() -> Html>,
    hold: bool,
}

/// A new closure every time the parent renders: always drawn again, as inline markup would be.
impl PartialEq for Props {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

#[function_component(Later)]
fn later_part(props: &Props) -> Html {
    // The build's frame render (native, no tasks, no effects) draws everything at once.
    let shown = use_state(|| cfg!(not(target_arch = "wasm32")));
    // Whether the painted frame waits for this part; released once, when drawn or dropped.
    let hold = props.hold;
    let held = use_memo((), move |_| Rc::new(Cell::new(hold && paint::hold())));
    {
        let shown = shown.clone();
        let held = Rc::clone(&held);
        use_effect_with((), move |_| {
            let timer = paint::next_task(move || shown.set(true));
            move || {
                drop(timer);
                release(&held);
            }
        });
    }
    {
        let held = Rc::clone(&held);
        use_effect_with(*shown, move |shown| {
            if *shown {
                release(&held);
            }
        });
    }
    if *shown {
        (props.content)()
    } else {
        Html::default()
    }
}

fn release(held: &Cell<bool>) {
    if held.replace(false) {
        paint::done();
    }
}
