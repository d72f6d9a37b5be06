//! Base64url without padding (RFC 4648 section 5), written out so the format has no hidden
//! dependency. Decoding is strict: only the 64 URL-safe characters, and the unused low bits of
//! the last character must be zero, so no two texts decode to the same bytes.

use super::LinkError;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(super) fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // 1 byte -> 2 chars, 2 -> 3, 3 -> 4 (no padding).
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Decodes base64url; the flag is false when the unused low bits of the last character are set
/// (a canonical encoder never sets them, so only an altered link has them).
pub(super) fn base64url_decode(text: &str) -> Result<(Vec<u8>, bool), LinkError> {
    let values: Vec<u32> = text
        .bytes()
        .map(sextet)
        .collect::<Option<_>>()
        .ok_or(LinkError::NotALink)?;
    if values.len() % 4 == 1 {
        // No byte count encodes to 4k+1 characters: the text lost its end.
        return Err(LinkError::Truncated);
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    let mut clean = true;
    for group in values.chunks(4) {
        let n = group
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, v)| acc | (v << (18 - 6 * i)));
        let full = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let used = group.len() - 1;
        out.extend_from_slice(full.get(..used).unwrap_or(&full));
        let spare_bits = n & (0x00FF_FFFF >> (8 * used));
        clean &= spare_bits == 0;
    }
    Ok((out, clean))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (raw, text) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
        ] {
            assert_eq!(base64url_encode(raw.as_bytes()), text);
            assert_eq!(base64url_decode(text), Ok((raw.as_bytes().to_vec(), true)));
        }
        assert_eq!(base64url_encode(&[0xFB, 0xFF]), "-_8");
        assert_eq!(base64url_decode("Zh"), Ok((b"f".to_vec(), false)));
    }
}
