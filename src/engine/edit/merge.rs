//! Two tabs changed the same record from one base: merge field by field, so a rename in one
//! tab and a weight change in the other both survive.
//!
//! Rules, applied to the record's stored (JSON) shape, recursively:
//! - a field changed on one side only takes that side's value; changed alike on both, that value;
//! - `updated_at` changed on both sides takes the later time;
//! - a list whose entries carry a key (`id`, `competency`, `interviewer`, `question_id`, `step`,
//!   `kind`) merges entry by entry on that key: entries added on either side are kept, entries
//!   removed on one side and untouched on the other go (an entry added on both sides with
//!   different content has no base to compare with: a conflict);
//! - a list of plain values (regions, frameworks, onboarding tasks) merges as a set;
//! - anything else changed on both sides to different values is a real conflict: `None`, and the
//!   caller keeps both versions of the record (see `sync`).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Keys that name a list entry, tried in this order.
const ENTRY_KEYS: [&str; 6] = [
    "id",
    "competency",
    "interviewer",
    "question_id",
    "step",
    "kind",
];

/// The record with both sides' changes, or `None` on a real conflict.
pub fn merge_record<T: Serialize + DeserializeOwned>(base: &T, ours: &T, theirs: &T) -> Option<T> {
    let [b, o, t] = [base, ours, theirs].map(|r| serde_json::to_value(r).ok());
    let merged = merge(Some(&b?), Some(&o?), Some(&t?)).ok()??;
    serde_json::from_value(merged).ok()
}

/// `Ok(None)`: the value is absent after the merge. `Err`: a conflict.
type Merged = Result<Option<Value>, ()>;

fn merge(base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) -> Merged {
    if ours == theirs || base == theirs {
        return Ok(ours.cloned());
    }
    if base == ours {
        return Ok(theirs.cloned());
    }
    match (base, ours, theirs) {
        (Some(Value::Object(b)), Some(Value::Object(o)), Some(Value::Object(t))) => {
            merge_objects(b, o, t).map(|m| Some(Value::Object(m)))
        }
        (Some(Value::Array(b)), Some(Value::Array(o)), Some(Value::Array(t))) => {
            merge_lists(b, o, t).map(|l| Some(Value::Array(l)))
        }
        _ => Err(()),
    }
}

fn merge_objects(
    b: &Map<String, Value>,
    o: &Map<String, Value>,
    t: &Map<String, Value>,
) -> Result<Map<String, Value>, ()> {
    let mut out = Map::new();
    for key in o.keys().chain(t.keys().filter(|k| !o.contains_key(*k))) {
        let field = if key == "updated_at" {
            later(o.get(key), t.get(key)).map(Some).ok_or(())
        } else {
            merge(b.get(key), o.get(key), t.get(key))
        }?;
        if let Some(value) = field {
            out.insert(key.clone(), value);
        }
    }
    Ok(out)
}

fn later(a: Option<&Value>, b: Option<&Value>) -> Option<Value> {
    let (a, b) = (a?.as_u64()?, b?.as_u64()?);
    Some(Value::from(a.max(b)))
}

fn merge_lists(b: &[Value], o: &[Value], t: &[Value]) -> Result<Vec<Value>, ()> {
    if let Some(key) = entry_key(b, o, t) {
        let mut out = Vec::new();
        let ids = o.iter().chain(t.iter().filter(|v| {
            let id = v.get(key);
            !o.iter().any(|w| w.get(key) == id)
        }));
        for entry in ids {
            let id = entry.get(key).ok_or(())?;
            if let Some(v) = merge(find(b, key, id), find(o, key, id), find(t, key, id))? {
                out.push(v);
            }
        }
        return Ok(out);
    }
    if [b, o, t]
        .iter()
        .all(|l| l.iter().all(|v| !v.is_object() && !v.is_array()))
    {
        // A set: what either side removed goes, what either side added comes in.
        let mut out: Vec<Value> = o
            .iter()
            .filter(|v| !b.contains(v) || t.contains(v))
            .cloned()
            .collect();
        out.extend(
            t.iter()
                .filter(|v| !b.contains(v) && !o.contains(v))
                .cloned(),
        );
        return Ok(out);
    }
    Err(())
}

fn find<'a>(list: &'a [Value], key: &str, id: &Value) -> Option<&'a Value> {
    list.iter().find(|v| v.get(key) == Some(id))
}

/// The key every entry of all three lists carries, if there is one.
fn entry_key(b: &[Value], o: &[Value], t: &[Value]) -> Option<&'static str> {
    let all = || b.iter().chain(o).chain(t);
    all().next()?;
    ENTRY_KEYS
        .into_iter()
        .find(|key| all().all(|v| v.get(*key).is_some_and(|k| !k.is_object() && !k.is_array())))
}
