//! What one tab last wrote to, or read from, storage: the common base when another tab writes.
//! Pure, so the races between tabs can be replayed natively (`tests/tab_races.rs`); the platform
//! layer does the reading and writing around it (`platform/storage.rs`).

use super::super::store::{self, Document, Stamp};
use super::seen_saves::SeenSaves;

pub struct Synced {
    pub document: Document,
    pub text: Option<String>,
    saves: SeenSaves,
}

/// Another tab's save, to merge: the common base and what storage held.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherTab {
    pub base: Document,
    pub theirs: Document,
}

impl Synced {
    pub fn new(document: Document, text: Option<String>, stamp: Option<String>) -> Synced {
        let saves = SeenSaves::new(stamp, &document);
        Synced {
            document,
            text,
            saves,
        }
    }

    /// The stamp id of the text this tab last wrote or read.
    pub fn stamp(&self) -> Option<&str> {
        self.saves.latest()
    }

    /// Takes in text a `storage` event brought, if it is news: not what this tab holds, not a
    /// save it already took in inside its own save, and readable (unreadable text is kept
    /// aside by the next save instead).
    pub fn absorb_event(&mut self, stored: Option<String>) -> Option<OtherTab> {
        if stored == self.text {
            return None;
        }
        let loaded = store::load(stored.as_deref());
        if loaded.problem.is_some() {
            return None;
        }
        if let Some(stamp) = &loaded.stamp {
            if self.saves.has_seen(&stamp.id) {
                return None;
            }
        }
        Some(self.absorb_loaded(stored, loaded))
    }

    /// Takes in readable text another tab stored, found by this tab's read.
    pub fn absorb_loaded(&mut self, stored: Option<String>, loaded: store::Loaded) -> OtherTab {
        let after = loaded.stamp.as_ref().and_then(|s| s.after.as_deref());
        let base = self.saves.base_for(after, &self.document);
        self.document = loaded.document.clone();
        self.text = stored;
        self.saves
            .remember(loaded.stamp.map(|s| s.id), &self.document);
        OtherTab {
            base,
            theirs: loaded.document,
        }
    }

    /// Text that cannot be merged (kept aside elsewhere) is what storage holds now.
    pub fn overwritable(&mut self, stored: Option<String>) {
        self.text = stored;
    }

    /// What writing `document` takes, given what storage holds as far as this tab knows.
    pub fn write_for(&self, document: &Document, new_id: String) -> Write {
        if *document == self.document && self.text.is_some() {
            return Write::Nothing;
        }
        if *document == Document::default() {
            return Write::Remove;
        }
        let stamp = Stamp {
            id: new_id,
            after: self.saves.latest().map(str::to_string),
        };
        let text = store::save_stamped(document, &stamp);
        Write::Text { stamp, text }
    }

    /// Records that `write` of `document` succeeded.
    pub fn wrote(&mut self, document: &Document, write: Write) {
        match write {
            Write::Nothing => return,
            Write::Remove => {
                self.text = None;
                self.saves.remember(None, document);
            }
            Write::Text { stamp, text } => {
                self.text = Some(text);
                self.saves.remember(Some(stamp.id), document);
            }
        }
        self.document = document.clone();
    }
}

/// What a save writes.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// Storage already holds this document.
    Nothing,
    /// The empty document: the key is removed, so erasing leaves storage empty.
    Remove,
    Text {
        stamp: Stamp,
        text: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidate::Candidate;

    fn with(name: &str) -> Document {
        Document {
            candidates: vec![Candidate::new("c1".into(), name.into(), 1)],
            ..Document::default()
        }
    }

    fn stamped(document: &Document, id: &str, after: Option<&str>) -> String {
        let stamp = Stamp {
            id: id.into(),
            after: after.map(str::to_string),
        };
        store::save_stamped(document, &stamp)
    }

    #[test]
    fn a_save_already_read_is_not_news_when_its_event_arrives() {
        let mut synced = Synced::new(with("Ana"), None, None);
        let theirs = stamped(&with("Ana B"), "b1", None);
        let loaded = store::load(Some(&theirs));
        synced.absorb_loaded(Some(theirs.clone()), loaded);
        let planned = synced.write_for(&with("Ana B 2"), "a1".into());
        synced.wrote(&with("Ana B 2"), planned);
        assert_eq!(synced.absorb_event(Some(theirs)), None);
        assert_eq!(
            synced.document,
            with("Ana B 2"),
            "what this tab wrote stays its base"
        );
    }

    #[test]
    fn a_write_names_the_save_it_started_from() {
        let synced = Synced::new(with("Ana"), None, Some("s0".into()));
        let Write::Text { stamp, .. } = synced.write_for(&with("Ana 1"), "a1".into()) else {
            panic!("a changed document is written");
        };
        assert_eq!(stamp.after.as_deref(), Some("s0"));
        assert_eq!(
            synced.write_for(&Document::default(), "a2".into()),
            Write::Remove
        );
    }

    #[test]
    fn two_tabs_starting_from_unstamped_text_merge_from_it() {
        let seed = with("Ana");
        let mut synced = Synced::new(seed.clone(), Some(store::save(&seed)), None);
        let planned = synced.write_for(&with("Ana A"), "a1".into());
        synced.wrote(&with("Ana A"), planned);
        let other = synced
            .absorb_event(Some(stamped(&with("Ana B"), "b1", None)))
            .expect("another tab's write is news");
        assert_eq!(other.base, seed);
    }
}
