//! Fields this build does not know, kept beside the known ones (P2), so a document written by a
//! newer HireKit keeps what that version added after an older tab loads and saves it.
//!
//! Found by comparing the stored JSON with this build's own serialisation of what it read: a key
//! the stored object has and ours lacks is unknown and kept whole; inside known objects and
//! record lists (matched by `id`, else by position) the search goes on. Grafting puts the kept
//! parts back into the next save, never over a key this build writes.

use serde_json::{Map, Value};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unknown {
    /// Keys this build does not know, with their stored values.
    fields: Map<String, Value>,
    /// Known keys whose values hold unknown parts further down.
    nested: Vec<(String, Nested)>,
}

#[derive(Clone, Debug, PartialEq)]
enum Nested {
    Object(Unknown),
    Items(Vec<(ItemKey, Unknown)>),
}

#[derive(Clone, Debug, PartialEq)]
enum ItemKey {
    Id(String),
    At(usize),
}

impl Unknown {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.nested.is_empty()
    }

    /// The parts of `stored` missing from `known` (this build's serialisation of it).
    pub fn find(stored: &Value, known: &Value) -> Unknown {
        let mut out = Unknown::default();
        let (Some(stored), Some(known)) = (stored.as_object(), known.as_object()) else {
            return out;
        };
        for (key, value) in stored {
            match known.get(key) {
                None => {
                    out.fields.insert(key.clone(), value.clone());
                }
                Some(ours) => {
                    if let Some(nested) = nested_parts(value, ours) {
                        out.nested.push((key.clone(), nested));
                    }
                }
            }
        }
        out
    }

    /// Puts the kept parts back into `target`, leaving every key it already has as it is.
    pub fn graft(&self, target: &mut Value) {
        let Some(object) = target.as_object_mut() else {
            return;
        };
        for (key, value) in &self.fields {
            object.entry(key.clone()).or_insert_with(|| value.clone());
        }
        for (key, nested) in &self.nested {
            let Some(child) = object.get_mut(key) else {
                continue;
            };
            match (nested, child) {
                (Nested::Object(inner), child) => inner.graft(child),
                (Nested::Items(items), Value::Array(list)) => {
                    for (item_key, inner) in items {
                        if let Some(slot) = item_slot(list, item_key) {
                            inner.graft(slot);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn nested_parts(stored: &Value, known: &Value) -> Option<Nested> {
    match (stored, known) {
        (Value::Object(_), Value::Object(_)) => {
            let inner = Unknown::find(stored, known);
            (!inner.is_empty()).then_some(Nested::Object(inner))
        }
        (Value::Array(items), Value::Array(ours)) => {
            let found: Vec<(ItemKey, Unknown)> = items
                .iter()
                .enumerate()
                .filter_map(|(at, item)| {
                    let key = match item.get("id").and_then(Value::as_str) {
                        Some(id) => ItemKey::Id(id.to_string()),
                        None => ItemKey::At(at),
                    };
                    let mine = item_in(ours, &key)?;
                    let inner = Unknown::find(item, mine);
                    (!inner.is_empty()).then_some((key, inner))
                })
                .collect();
            (!found.is_empty()).then_some(Nested::Items(found))
        }
        _ => None,
    }
}

fn item_in<'a>(list: &'a [Value], key: &ItemKey) -> Option<&'a Value> {
    match key {
        ItemKey::Id(id) => list
            .iter()
            .find(|v| v.get("id").and_then(Value::as_str) == Some(id)),
        ItemKey::At(at) => list.get(*at),
    }
}

fn item_slot<'a>(list: &'a mut [Value], key: &ItemKey) -> Option<&'a mut Value> {
    match key {
        ItemKey::Id(id) => list
            .iter_mut()
            .find(|v| v.get("id").and_then(Value::as_str) == Some(id)),
        ItemKey::At(at) => list.get_mut(*at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_keys_at_every_depth_go_back_into_the_next_save() {
        let stored = json!({"a": 1, "later": {"x": [1, 2]},
            "list": [{"id": "r1", "name": "A", "tag": "new"}, {"id": "r2", "name": "B"}],
            "inner": {"k": 1, "more": true}});
        let known = json!({"a": 1, "list": [{"id": "r1", "name": "A"}, {"id": "r2", "name": "B"}],
            "inner": {"k": 1}});
        let unknown = Unknown::find(&stored, &known);
        // This tab renamed r1, deleted r2 and changed a.
        let mut next =
            json!({"a": 2, "list": [{"id": "r1", "name": "Renamed"}], "inner": {"k": 3}});
        unknown.graft(&mut next);
        assert_eq!(
            next,
            json!({"a": 2, "later": {"x": [1, 2]}, "list": [{"id": "r1", "name": "Renamed", "tag": "new"}],
                "inner": {"k": 3, "more": true}})
        );
    }

    #[test]
    fn a_known_key_is_never_overwritten_and_nothing_unknown_means_nothing_kept() {
        let same = json!({"a": 1, "list": [{"id": "r1"}]});
        assert!(Unknown::find(&same, &same).is_empty());
        let unknown = Unknown::find(&json!({"a": 1, "b": "old"}), &json!({"a": 1}));
        let mut next = json!({"a": 5, "b": "mine"});
        unknown.graft(&mut next);
        assert_eq!(next, json!({"a": 5, "b": "mine"}));
    }
}
