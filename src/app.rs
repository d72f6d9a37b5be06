//! The root component: loads the document once, provides the state to every page, and saves
//! after each change from this one place.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::header::{Header, SaveState};
use crate::components::notices::{self, NoticesProps};
use crate::components::undo_bar::{undo_bar, UndoBarProps};
use crate::pages::later::later;
use crate::platform::{clock, download, key_store, offline, paint, screen, storage};
use crate::routes::{href, switch, use_address, use_route, Route};
use crate::state::{Action, AppState, DocAction, Notice, SaveStatus};

mod handle;
pub use handle::{use_app, AppContext, AppHandle};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // A save that confirms what the header already shows must not re-render the app.
        if action == Action::SaveSucceeded && self.save == SaveStatus::Saved {
            return self;
        }
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let startup = use_memo((), |_| storage::load_document(clock::now_ms()));
    let synced = use_mut_ref(|| {
        storage::Synced::new(
            startup.document.clone(),
            startup.text.clone(),
            startup.stamp.clone(),
        )
    });
    let state = use_reducer(|| {
        AppState::new(
            startup.document.clone(),
            startup.notices.clone(),
            startup.save.clone(),
        )
    });

    {
        let state = state.clone();
        let synced = synced.clone();
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                // Read inside the lock: the handle gives the newest state, merges included.
                let latest = state.clone();
                let current = move || latest.doc.clone();
                let status = state.clone();
                let paused = move || matches!(status.save, SaveStatus::Paused { .. });
                storage::save(synced, current, paused, move |action| {
                    state.dispatch(action)
                });
            }
        });
    }
    use_other_tabs(&state, synced);
    use_update_notice(&state);
    use_key_sweep(&state);
    // After the first render (and any part drawn a task later): the app now shows what the
    // painted frame stood in for.
    use_effect_with((), |_| paint::done());

    let header_status = save_label(&state.save);
    let notices = state.notices.clone();
    let undo_text = state.undo.as_ref().map(|undo| undo.describe());
    let on_dismiss = dispatcher(&state, |index| Action::DismissNotice { index });
    let on_undo = dispatcher(&state, |()| Action::Doc(DocAction::UndoDelete));
    let on_download_kept = {
        let state = state.clone();
        Callback::from(move |key: String| {
            if let Err(message) = download::kept_data(&key) {
                state.dispatch(Action::Notify {
                    notice: Notice::Info { message },
                });
            }
        })
    };

    let route = use_address();
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Route> context={route.clone()}>
                <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
                <RouteChange />
                <Header status={header_status} />
                { notices::notices(&NoticesProps { notices, on_dismiss, on_download_kept }) }
                <main id="main" tabindex="-1">
                    // The screen draws a task after the header (see `later`).
                    { later(move || switch(route.clone())) }
                </main>
                <footer class="site-footer no-print">
                    <a href={href(&Route::Sources)}>{ "Sources: where HireKit's figures come from" }</a>
                </footer>
                { undo_bar(&UndoBarProps { text: undo_text, on_undo }) }
            </ContextProvider<Route>>
        </ContextProvider<AppContext>>
    }
}

/// After each route change: the tab's title names the screen, and focus moves to its heading
/// so screen readers announce it. The first screen keeps the browser's own focus.
#[function_component(RouteChange)]
fn route_change() -> Html {
    let route = use_route();
    let first = use_mut_ref(|| true);
    use_effect_with(route, move |route| {
        screen::set_title(&route.title());
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            screen::focus_first(&[&route.focus_target(), "main h1", "#main"]);
        }
    });
    html! {}
}

/// A callback that turns its argument into an action and dispatches it.
fn dispatcher<T: 'static>(state: &AppContext, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value: T| state.dispatch(make(value)))
}

fn save_label(save: &SaveStatus) -> SaveState {
    match save {
        SaveStatus::Saved => SaveState::Saved,
        SaveStatus::Failed { .. } => SaveState::NotSaved,
        SaveStatus::Paused { .. } => SaveState::Paused,
    }
}

/// Another tab's save arrives as a `storage` event: merge it in at once, not at the next save.
#[hook]
fn use_other_tabs(state: &AppContext, synced: Rc<RefCell<storage::Synced>>) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let listener = storage::on_document_written_elsewhere(move |stored| {
            if let Some(other) = storage::absorb(&mut synced.borrow_mut(), stored) {
                state.dispatch(Action::StorageChanged {
                    base: Box::new(other.base),
                    theirs: Box::new(other.theirs),
                });
            }
        });
        move || drop(listener)
    });
}

/// A deploy since this tab loaded: say that a reload brings it.
#[hook]
fn use_update_notice(state: &AppContext) {
    let state = state.clone();
    use_effect_with((), move |_| {
        offline::on_update_ready(move || {
            state.dispatch(Action::Notify {
                notice: Notice::Info {
                    message: "A new version is ready: reload the page to use it.".into(),
                },
            })
        });
    });
}

/// Forgets the keys of rounds whose candidate was deleted in an earlier visit (see `key_store`).
#[hook]
fn use_key_sweep(state: &AppContext) {
    let keep: Vec<String> = state.doc.rounds.iter().map(|r| r.id.clone()).collect();
    use_effect_with((), move |_| {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = key_store::forget_all_but(&keep).await;
        });
    });
}

/// The skip link must not change the hash (hash routes), so it moves focus itself.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        screen::focus_first(&["#main"]);
    })
}
