//! Names typed by users inside the app's own sentences. A name in Arabic or Hebrew, or one
//! holding a right-to-left override, would otherwise reorder the words after it ("Deleted
//! candidate “…”. Undo"). Unicode's first-strong isolate (U+2068) and pop-directional isolate
//! (U+2069) fence the name off, the same as `unicode-bidi: isolate` does for elements.

/// `text` fenced so its direction cannot leak into the sentence around it.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_inside_a_name_stays_inside_it() {
        let fenced = isolate("Ana\u{202E}evil");
        assert!(fenced.starts_with('\u{2068}') && fenced.ends_with('\u{2069}'));
        assert_eq!(fenced.chars().filter(|c| *c == '\u{2069}').count(), 1);
    }
}
