//! Primitive writer and reader for the compact binary bodies inside links.
//!
//! - integers: unsigned LEB128 varints (7 bits a byte, low bits first, high bit = more follows),
//!   at most 10 bytes; a value that does not fit the requested width is refused;
//! - text: varint byte length, then UTF-8 bytes;
//! - lists: varint count, then the items.
//!
//! The reader never panics: every read returns `Err` with a short reason when the body ends
//! early or holds something malformed. Callers turn that into `LinkError::Invalid`.

/// A body being written.
#[derive(Debug, Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn byte(&mut self, value: u8) {
        self.bytes.push(value);
    }

    pub fn varint(&mut self, value: u64) {
        put_varint(&mut self.bytes, value);
    }

    pub fn text(&mut self, value: &str) {
        self.varint(value.len() as u64);
        self.bytes.extend_from_slice(value.as_bytes());
    }

    pub fn texts(&mut self, values: &[String]) {
        self.varint(values.len() as u64);
        for value in values {
            self.text(value);
        }
    }

    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

/// A body being read, front to back.
#[derive(Debug)]
pub struct Reader<'a> {
    rest: &'a [u8],
}

pub type ReadResult<T> = Result<T, String>;

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    pub fn byte(&mut self) -> ReadResult<u8> {
        let (&first, rest) = self.rest.split_first().ok_or_else(ended)?;
        self.rest = rest;
        Ok(first)
    }

    pub fn varint(&mut self) -> ReadResult<u64> {
        let (value, used) = get_varint(self.rest).ok_or_else(ended)?;
        self.rest = self.rest.get(used..).unwrap_or_default();
        Ok(value)
    }

    pub fn varint_u32(&mut self) -> ReadResult<u32> {
        u32::try_from(self.varint()?).map_err(|_| "a number is out of range".to_string())
    }

    /// A count or length, refused when it exceeds `max` (so a forged count cannot force a huge
    /// allocation).
    pub fn len(&mut self, max: usize) -> ReadResult<usize> {
        match usize::try_from(self.varint()?) {
            Ok(n) if n <= max => Ok(n),
            _ => Err("a list or text is longer than allowed".to_string()),
        }
    }

    pub fn text(&mut self, max_bytes: usize) -> ReadResult<String> {
        let n = self.len(max_bytes)?;
        let (head, rest) = self.rest.split_at_checked(n).ok_or_else(ended)?;
        self.rest = rest;
        String::from_utf8(head.to_vec()).map_err(|_| "a text is not valid UTF-8".to_string())
    }

    pub fn texts(&mut self, max_items: usize, max_bytes: usize) -> ReadResult<Vec<String>> {
        let n = self.len(max_items)?;
        (0..n).map(|_| self.text(max_bytes)).collect()
    }

    /// Succeeds only when every byte has been read: leftovers mean a format we do not know.
    pub fn finish(self) -> ReadResult<()> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err("there are unexpected bytes at the end".to_string())
        }
    }
}

fn ended() -> String {
    "the data ends too early".to_string()
}

pub fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7F) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Reads a varint from the front of `bytes`: (value, bytes used), or `None` when the bytes end
/// mid-number or the number is longer than 10 bytes.
pub fn get_varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut value = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        value |= u64::from(b & 0x7F).checked_shl(7 * i as u32)?;
        if b & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let mut w = Writer::new();
        w.byte(9);
        w.varint(0);
        w.varint(300);
        w.varint(u64::MAX);
        w.text("Señor ✓");
        w.texts(&["Rust".to_string(), "日本".to_string()]);
        let bytes = w.finish();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.byte(), Ok(9));
        assert_eq!(r.varint(), Ok(0));
        assert_eq!(r.varint(), Ok(300));
        assert_eq!(r.varint(), Ok(u64::MAX));
        assert_eq!(r.text(20).as_deref(), Ok("Señor ✓"));
        assert_eq!(r.texts(2, 10).map(|v| v.len()), Ok(2));
        assert_eq!(r.finish(), Ok(()));
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        assert!(Reader::new(&[]).byte().is_err());
        assert!(Reader::new(&[0x80, 0x80]).varint().is_err());
        assert!(Reader::new(&[0xFF; 11]).varint().is_err());
        assert!(Reader::new(&[5, b'a']).text(10).is_err());
        assert!(Reader::new(&[2, 0xFF, 0xFE]).text(10).is_err());
        assert!(Reader::new(&[200, 1]).texts(5, 5).is_err());
        assert!(Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x10])
            .varint_u32()
            .is_err());
        assert!(Reader::new(&[1]).finish().is_err());
    }
}
