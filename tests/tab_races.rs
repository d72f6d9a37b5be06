//! Two tabs racing over one stored document, replayed natively (P2, issue 14). Each tab is the
//! app's real reducer (`AppState`) and the real save bookkeeping (`sync::synced::Synced`); the
//! browser is modelled as a shared stored text plus a queue of `storage` events per tab, which
//! arrive late and in order. A save is a read (merging what another tab wrote) followed by a
//! write: with the Web Lock the two are one step, without it another tab may write in between.
//! Every schedule of two edits, saves and event deliveries must end with both edits kept.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::VecDeque;

use hirekit::engine::candidate::Candidate;
use hirekit::engine::edit::CandidateEdit;
use hirekit::engine::store::{self, Document};
use hirekit::engine::sync::synced::{Synced, Write};
use hirekit::state::{Action, AppState, DocAction, SaveStatus};

struct Tab {
    state: AppState,
    synced: Synced,
    /// `storage` events not yet delivered (the new text of each write by the other tab).
    inbox: VecDeque<Option<String>>,
    /// Saves asked for by renders that have not run yet.
    queued_saves: usize,
    /// An unlocked save that has read but not yet written.
    half_done: bool,
    edit: Option<Action>,
    last_revision: u64,
}

struct Browser {
    stored: Option<String>,
    tabs: [Tab; 2],
    next_id: u64,
}

impl Tab {
    fn open(stored: &Option<String>, edit: Action) -> Tab {
        let loaded = store::load(stored.as_deref());
        let stamp = loaded.stamp.map(|s| s.id);
        let state = AppState::new(loaded.document.clone(), Vec::new(), SaveStatus::Saved);
        Tab {
            last_revision: state.revision,
            state,
            synced: Synced::new(loaded.document, stored.clone(), stamp),
            inbox: VecDeque::new(),
            queued_saves: 0,
            half_done: false,
            edit: Some(edit),
        }
    }

    /// Applies an action as the app does; a new revision queues a save (the save effect).
    fn apply(&mut self, action: Action) {
        self.state.apply(action);
        if self.state.revision != self.last_revision {
            self.last_revision = self.state.revision;
            self.queued_saves += 1;
        }
    }

    /// The read half of a save: take in what storage holds if another tab wrote it.
    fn read(&mut self, stored: &Option<String>) {
        if *stored != self.synced.text {
            let loaded = store::load(stored.as_deref());
            let other = self.synced.absorb_loaded(stored.clone(), loaded);
            self.apply(Action::StorageChanged {
                base: Box::new(other.base),
                theirs: Box::new(other.theirs),
            });
        }
    }

    /// The write half: the newest document, stamped. Returns the new stored text if it changed.
    fn write(&mut self, id: u64) -> Option<Option<String>> {
        let document = self.state.doc.clone();
        let planned = self.synced.write_for(&document, format!("w{id}"));
        let new_text = match &planned {
            Write::Nothing => return None,
            Write::Remove => None,
            Write::Text { text, .. } => Some(text.clone()),
        };
        self.synced.wrote(&document, planned);
        Some(new_text)
    }

    fn deliver(&mut self) {
        if let Some(text) = self.inbox.pop_front() {
            if let Some(other) = self.synced.absorb_event(text) {
                self.apply(Action::StorageChanged {
                    base: Box::new(other.base),
                    theirs: Box::new(other.theirs),
                });
            }
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Step {
    Edit,
    Read,
    Write,
    Deliver,
}

impl Browser {
    fn new(edits: [Action; 2]) -> Browser {
        let seed = seed_text();
        let [a, b] = edits;
        Browser {
            tabs: [Tab::open(&seed, a), Tab::open(&seed, b)],
            stored: seed,
            next_id: 0,
        }
    }

    /// Runs one step in tab `t`, if it can run; `locked` makes a save's read and write one step.
    fn step(&mut self, t: usize, step: Step, locked: bool) -> bool {
        let stored = self.stored.clone();
        let tab = &mut self.tabs[t];
        match step {
            Step::Edit => match tab.edit.take() {
                Some(edit) => tab.apply(edit),
                None => return false,
            },
            Step::Deliver if !tab.inbox.is_empty() => tab.deliver(),
            Step::Read if tab.queued_saves > 0 && !tab.half_done => {
                tab.queued_saves -= 1;
                tab.read(&stored);
                tab.half_done = true;
                if locked {
                    self.finish_save(t);
                }
            }
            Step::Write if tab.half_done => self.finish_save(t),
            _ => return false,
        }
        true
    }

    fn finish_save(&mut self, t: usize) {
        self.next_id += 1;
        let tab = &mut self.tabs[t];
        tab.half_done = false;
        if let Some(text) = tab.write(self.next_id) {
            if text != self.stored {
                self.stored = text.clone();
                // Browsers send the event to every other tab, never to the writer.
                self.tabs[1 - t].inbox.push_back(text);
            }
        }
    }

    /// Lets everything pending happen, in turn, until both tabs are idle.
    fn settle(&mut self, locked: bool) {
        for _ in 0..200 {
            let mut moved = false;
            for t in 0..2 {
                for step in [Step::Edit, Step::Deliver, Step::Read, Step::Write] {
                    moved |= self.step(t, step, locked);
                }
            }
            if !moved {
                return;
            }
        }
        panic!("two tabs never settled");
    }

    fn stored_document(&self) -> Document {
        store::load(self.stored.as_deref()).document
    }
}

fn seed_text() -> Option<String> {
    let document = Document {
        candidates: vec![
            Candidate::new("c1".into(), "Ana".into(), 1),
            Candidate::new("c2".into(), "Bo".into(), 1),
        ],
        ..Document::default()
    };
    // Unstamped, as a first load or an older build leaves it.
    Some(store::save(&document))
}

fn edit(id: &str, edit: CandidateEdit) -> Action {
    Action::Doc(DocAction::EditCandidate {
        id: id.into(),
        now: 50,
        edit,
    })
}

fn rename(id: &str, name: &str) -> Action {
    edit(id, CandidateEdit::Rename { name: name.into() })
}

/// A small deterministic generator, so a failing schedule can be replayed from its seed.
struct Schedule(u64);

impl Schedule {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn race(edits: [Action; 2], seed: u64, locked: bool) -> Browser {
    let mut browser = Browser::new(edits);
    let mut schedule = Schedule(seed);
    for _ in 0..40 {
        let t = schedule.next(2) as usize;
        let step = [Step::Edit, Step::Read, Step::Write, Step::Deliver][schedule.next(4) as usize];
        browser.step(t, step, locked);
    }
    browser.settle(locked);
    browser
}

fn names(document: &Document) -> Vec<(String, String)> {
    document
        .candidates
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect()
}

fn assert_both_kept(browser: &Browser, seed: u64, locked: bool, check: impl Fn(&Document) -> bool) {
    let stored = browser.stored_document();
    assert!(
        check(&stored),
        "schedule {seed} (locked: {locked}) lost an edit in storage: {:?}",
        names(&stored)
    );
    for (t, tab) in browser.tabs.iter().enumerate() {
        assert!(
            check(&tab.state.doc),
            "schedule {seed} (locked: {locked}): tab {t} shows {:?}",
            names(&tab.state.doc)
        );
        assert_eq!(
            tab.state.doc.candidates.len(),
            2,
            "schedule {seed}: no conflict copies"
        );
    }
}

#[test]
fn renames_of_different_candidates_survive_every_schedule() {
    let both = |doc: &Document| {
        names(doc) == [("c1".into(), "Ana 0".into()), ("c2".into(), "Bo 0".into())]
    };
    for locked in [true, false] {
        for seed in 0..2_000 {
            let browser = race([rename("c1", "Ana 0"), rename("c2", "Bo 0")], seed, locked);
            assert_both_kept(&browser, seed, locked, both);
        }
    }
}

#[test]
fn different_fields_of_one_candidate_survive_every_schedule() {
    let both = |doc: &Document| {
        let c1 = &doc.candidates[0];
        c1.name == "Ana 0" && c1.years == 9
    };
    for locked in [true, false] {
        for seed in 0..2_000 {
            let edits = [
                rename("c1", "Ana 0"),
                edit("c1", CandidateEdit::Years { years: 9 }),
            ];
            let browser = race(edits, seed, locked);
            assert_both_kept(&browser, seed, locked, both);
        }
    }
}

/// The schedule the browser showed (issue 14): the locked save reads the other tab's write,
/// writes its own, and only then the `storage` event for the write it already read arrives.
#[test]
fn a_late_event_for_a_write_already_read_is_not_merged_again() {
    let mut browser = Browser::new([rename("c1", "Ana 0"), rename("c2", "Bo 0")]);
    browser.step(1, Step::Edit, true);
    browser.step(1, Step::Read, true); // b writes Bo 0
    browser.step(0, Step::Edit, true);
    browser.step(0, Step::Read, true); // a reads b's write, merges, writes both
    assert_eq!(
        browser.tabs[0].inbox.len(),
        1,
        "the event for b's write is still on its way"
    );
    browser.step(0, Step::Deliver, true);
    assert_eq!(
        names(&browser.tabs[0].state.doc)[0].1,
        "Ana 0",
        "the late event undid a's rename"
    );
    browser.settle(true);
    assert_both_kept(&browser, 0, true, |doc| {
        names(doc)[0].1 == "Ana 0" && names(doc)[1].1 == "Bo 0"
    });
}
