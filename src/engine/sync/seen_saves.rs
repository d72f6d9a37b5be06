//! Which document another tab's save started from (P2). Every stored text carries the stamp of
//! the save that wrote it and of the save it started from (`store::Stamp`). A tab remembers the
//! documents of the stamps it wrote or read, so when another tab's text arrives, the three-way
//! merge uses the true common base, not whatever this tab happens to hold now.
//!
//! Two cases lost edits before this was kept apart from the platform code:
//! - text with no stamp (the first load, an import by an older build) is a base too: two tabs
//!   that both start from it and write at once must merge from it, not from their own write;
//! - a `storage` event can arrive after this tab already read the same text inside its own save;
//!   merged again, its older content would look like a revert of what came since. A save seen
//!   before is not news.

use super::super::store::Document;

/// How many recent documents to keep as possible bases (each is a whole document).
const RECENT_DOCUMENTS: usize = 8;
/// How many stamp ids to remember as already taken in (ids are short).
const SEEN_IDS: usize = 256;

#[derive(Clone, Debug)]
pub struct SeenSaves {
    /// Documents by the stamp of the text that held them; `None` is unstamped text.
    recent: Vec<(Option<String>, Document)>,
    seen: Vec<String>,
    latest: Option<String>,
}

impl SeenSaves {
    /// Starts from the text this tab loaded (its stamp, if it had one).
    pub fn new(stamp: Option<String>, document: &Document) -> SeenSaves {
        let mut saves = SeenSaves {
            recent: Vec::new(),
            seen: Vec::new(),
            latest: None,
        };
        saves.remember(stamp, document);
        saves
    }

    /// Records that storage held `document` under `stamp` (written or read by this tab).
    pub fn remember(&mut self, stamp: Option<String>, document: &Document) {
        if let Some(id) = &stamp {
            if !self.seen.contains(id) {
                self.seen.push(id.clone());
                if self.seen.len() > SEEN_IDS {
                    self.seen.remove(0);
                }
            }
        }
        self.recent.push((stamp.clone(), document.clone()));
        if self.recent.len() > RECENT_DOCUMENTS {
            self.recent.remove(0);
        }
        self.latest = stamp;
    }

    /// The stamp of the text this tab last wrote or read.
    pub fn latest(&self) -> Option<&str> {
        self.latest.as_deref()
    }

    /// True when this tab already took in (or wrote) the save with this stamp.
    pub fn has_seen(&self, stamp: &str) -> bool {
        self.seen.iter().any(|id| id == stamp)
    }

    /// The base for a save that started from `after`: the newest document this tab knew under
    /// that stamp. When this tab never saw it, `fallback` (what this tab last synced).
    pub fn base_for(&self, after: Option<&str>, fallback: &Document) -> Document {
        self.recent
            .iter()
            .rev()
            .find(|(stamp, _)| stamp.as_deref() == after)
            .map_or_else(|| fallback.clone(), |(_, document)| document.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::candidate::Candidate;

    fn named(names: &[&str]) -> Document {
        Document {
            candidates: names
                .iter()
                .enumerate()
                .map(|(i, name)| Candidate::new(format!("c{i}"), name.to_string(), 1))
                .collect(),
            ..Document::default()
        }
    }

    #[test]
    fn unstamped_text_is_a_base_too() {
        let seed = named(&["Ana", "Bo"]);
        let mut saves = SeenSaves::new(None, &seed);
        saves.remember(Some("a1".into()), &named(&["Ana 0", "Bo"]));
        // Another tab started from the same unstamped seed: the seed is the base, not our write.
        assert_eq!(saves.base_for(None, &named(&["Ana 0", "Bo"])), seed);
        assert_eq!(saves.latest(), Some("a1"));
    }

    #[test]
    fn a_known_stamp_gives_its_document_and_an_unknown_one_the_fallback() {
        let first = named(&["Ana"]);
        let mut saves = SeenSaves::new(Some("s0".into()), &first);
        saves.remember(Some("s1".into()), &named(&["Ana 1"]));
        assert_eq!(saves.base_for(Some("s0"), &Document::default()), first);
        let fallback = named(&["now"]);
        assert_eq!(saves.base_for(Some("never"), &fallback), fallback);
        assert!(saves.has_seen("s0") && saves.has_seen("s1") && !saves.has_seen("never"));
    }

    #[test]
    fn old_documents_are_let_go_but_their_ids_stay_seen() {
        let mut saves = SeenSaves::new(Some("w0".into()), &Document::default());
        for i in 1..40 {
            saves.remember(Some(format!("w{i}")), &named(&[&format!("n{i}")]));
        }
        assert!(saves.recent.len() <= RECENT_DOCUMENTS);
        assert!(saves.has_seen("w0"));
        let fallback = named(&["fallback"]);
        assert_eq!(saves.base_for(Some("w0"), &fallback), fallback);
    }
}
