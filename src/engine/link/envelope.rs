//! The link envelope shared by spec links (R4) and scorecard links (S6).
//!
//! A link payload is text safe for a URL fragment: base64url without padding (RFC 4648 section 5
//! alphabet, trailing bits must be zero) of these bytes:
//!
//! ```text
//! [kind: 1 byte][version: 1 byte][header: LEB128 varint = body_len << 1 | deflated][body][CRC-32: 4 bytes LE]
//! ```
//!
//! - `kind` tells spec links from scorecard links, so one is never read as the other.
//! - `version` is the body's format version; the caller decides which versions it understands.
//! - `body_len` counts the body bytes as stored. Because the length is written up front and the
//!   checksum sits at the very end, every strict prefix of a link is short of bytes and is
//!   refused as `Truncated` before anything else is looked at.
//! - `deflated` is 1 when the body is raw deflate (miniz_oxide, level 9) and 0 when it is stored
//!   as is: compression is skipped whenever it does not make the body shorter, so the worst case
//!   is the raw body plus a few bytes and never worse.
//! - CRC-32 is the IEEE polynomial (reflected 0xEDB88320, as in zip and PNG) over every byte before it.
//!
//! `open` checks, in order: empty, too long, alphabet, length, trailing bits and checksum, kind,
//! then inflates with a hard output limit so a tiny link that would inflate to megabytes is
//! refused (`TooLarge`) after producing at most `Limits::max_body` bytes.

mod base64url;
pub mod wire;

use std::fmt;

use miniz_oxide::inflate::TINFLStatus;

use base64url::{base64url_decode, base64url_encode};

/// What a payload carries. The byte values are part of the link format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayloadKind {
    RoleSpec,
    Scorecard,
    /// An interviewer's invitation to a panel (`#/i/`).
    Invitation,
    /// A scorecard sealed to a round's public key (`#/r/`).
    SealedReturn,
}

impl PayloadKind {
    fn byte(self) -> u8 {
        match self {
            PayloadKind::RoleSpec => 0x53,     // 'S'
            PayloadKind::Scorecard => 0x43,    // 'C'
            PayloadKind::Invitation => 0x49,   // 'I'
            PayloadKind::SealedReturn => 0x52, // 'R'
        }
    }

    fn from_byte(byte: u8) -> Option<PayloadKind> {
        [
            PayloadKind::RoleSpec,
            PayloadKind::Scorecard,
            PayloadKind::Invitation,
            PayloadKind::SealedReturn,
        ]
        .into_iter()
        .find(|k| k.byte() == byte)
    }
}

/// Size limits applied before any work proportional to the input is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Longest payload text accepted, in characters.
    pub max_text: usize,
    /// Largest body accepted after inflating, in bytes.
    pub max_body: usize,
}

/// Why a link could not be opened. Messages are written for the person who clicked the link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    NotALink,
    Truncated,
    Damaged,
    WrongKind,
    NewerVersion { found: u8, supported: u8 },
    TooLarge,
    Invalid(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "There is nothing to open: paste the whole link first."),
            LinkError::NotALink => write!(
                f,
                "This is not a HireKit link: it contains characters our links never use. \
                 Check that you pasted the right text."
            ),
            LinkError::Truncated => write!(
                f,
                "This link is incomplete: it was probably cut off when it was copied. \
                 Ask for the whole link again."
            ),
            LinkError::Damaged => write!(
                f,
                "This link has been changed since it was made, so it cannot be trusted. \
                 Ask the sender to copy it again."
            ),
            LinkError::WrongKind => write!(
                f,
                "This link holds a different kind of HireKit data. Open it from the matching \
                 screen (role specs, scorecards or the panel)."
            ),
            LinkError::NewerVersion { found, supported } => write!(
                f,
                "This link was made by a newer version of HireKit (format {found}; this copy \
                 reads up to {supported}). Reload the page to update, then open it again."
            ),
            LinkError::TooLarge => write!(
                f,
                "This link is larger than HireKit accepts, so it was not opened. \
                 Ask the sender for a file instead."
            ),
            LinkError::Invalid(why) => write!(
                f,
                "This link opened, but what it holds is not usable: {why}"
            ),
        }
    }
}

impl std::error::Error for LinkError {}

/// Wraps `body` in the envelope and returns the payload text.
pub fn seal(kind: PayloadKind, version: u8, body: &[u8]) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(body, 9);
    let (stored, flag) = if deflated.len() < body.len() {
        (deflated.as_slice(), 1u64)
    } else {
        (body, 0u64)
    };
    let mut bytes = vec![kind.byte(), version];
    wire::put_varint(&mut bytes, ((stored.len() as u64) << 1) | flag);
    bytes.extend_from_slice(stored);
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    base64url_encode(&bytes)
}

/// Opens a payload of a kind that has one format version so far: a newer version is named as
/// such, version 0 was never written, and the body comes back for `version` itself.
pub fn open_version(
    kind: PayloadKind,
    text: &str,
    limits: Limits,
    version: u8,
) -> Result<Vec<u8>, LinkError> {
    let (found, body) = open(kind, text, limits)?;
    if found > version {
        return Err(LinkError::NewerVersion {
            found,
            supported: version,
        });
    }
    if found == 0 {
        return Err(LinkError::Invalid("its format version is unknown.".into()));
    }
    Ok(body)
}

/// Checks and unwraps a payload made by `seal` with the same `kind`; returns (version, body).
pub fn open(kind: PayloadKind, text: &str, limits: Limits) -> Result<(u8, Vec<u8>), LinkError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    if text.len() > limits.max_text {
        return Err(LinkError::TooLarge);
    }
    let (bytes, clean_tail) = base64url_decode(text)?;
    let (_, after_version) = bytes.split_at_checked(2).ok_or(LinkError::Truncated)?;
    let (header, header_len) = wire::get_varint(after_version).ok_or(LinkError::Truncated)?;
    let body_len = usize::try_from(header >> 1).map_err(|_| LinkError::Damaged)?;
    let body_start = 2 + header_len;
    let expected = body_start
        .checked_add(body_len)
        .and_then(|n| n.checked_add(4))
        .ok_or(LinkError::Damaged)?;
    if bytes.len() < expected {
        return Err(LinkError::Truncated);
    }
    if bytes.len() > expected || !clean_tail {
        return Err(LinkError::Damaged);
    }
    let (signed, crc_bytes) = bytes.split_at(expected - 4);
    let mut crc = [0u8; 4];
    crc.copy_from_slice(crc_bytes);
    if crc32(signed) != u32::from_le_bytes(crc) {
        return Err(LinkError::Damaged);
    }
    match PayloadKind::from_byte(bytes[0]) {
        Some(found) if found == kind => {}
        Some(_) => return Err(LinkError::WrongKind),
        None => return Err(LinkError::NotALink),
    }
    let version = bytes[1];
    let body = &signed[body_start..];
    let body = if header & 1 == 1 {
        miniz_oxide::inflate::decompress_to_vec_with_limit(body, limits.max_body).map_err(|e| {
            match e.status {
                TINFLStatus::HasMoreOutput => LinkError::TooLarge,
                _ => LinkError::Invalid("the compressed data inside is broken.".to_string()),
            }
        })?
    } else if body.len() > limits.max_body {
        return Err(LinkError::TooLarge);
    } else {
        body.to_vec()
    };
    Ok((version, body))
}

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

static CRC_TABLE: [u32; 256] = crc_table();

/// CRC-32 (IEEE 802.3), the checksum used by zip, gzip and PNG.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        max_text: 4000,
        max_body: 4000,
    };

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn sealed_bodies_open_again_compressed_or_not() {
        for body in [Vec::new(), vec![7u8], b"abcabcabcabcabcabcabcabc".repeat(5)] {
            let text = seal(PayloadKind::Scorecard, 3, &body);
            assert_eq!(open(PayloadKind::Scorecard, &text, LIMITS), Ok((3, body)));
        }
    }

    #[test]
    fn every_strict_prefix_is_truncated() {
        let text = seal(PayloadKind::RoleSpec, 1, &b"hello hiring manager".repeat(3));
        for end in 1..text.len() {
            assert_eq!(
                open(PayloadKind::RoleSpec, &text[..end], LIMITS),
                Err(LinkError::Truncated),
                "prefix of {end}"
            );
        }
    }

    #[test]
    fn kinds_never_cross_and_bad_text_is_named() {
        let text = seal(PayloadKind::RoleSpec, 1, b"spec");
        assert_eq!(
            open(PayloadKind::Scorecard, &text, LIMITS),
            Err(LinkError::WrongKind)
        );
        assert_eq!(
            open(PayloadKind::RoleSpec, "  ", LIMITS),
            Err(LinkError::Empty)
        );
        assert_eq!(
            open(PayloadKind::RoleSpec, "abc=def", LIMITS),
            Err(LinkError::NotALink)
        );
        let mut longer = text.clone();
        longer.push_str("AAAA");
        assert_eq!(
            open(PayloadKind::RoleSpec, &longer, LIMITS),
            Err(LinkError::Damaged)
        );
    }

    #[test]
    fn a_bomb_is_refused_without_inflating_it() {
        let text = seal(PayloadKind::RoleSpec, 1, &vec![0u8; 1_000_000]);
        assert!(text.len() < LIMITS.max_text);
        assert_eq!(
            open(PayloadKind::RoleSpec, &text, LIMITS),
            Err(LinkError::TooLarge)
        );
    }

    #[test]
    fn messages_speak_to_people() {
        let msg = LinkError::Truncated.to_string();
        assert!(msg.contains("cut off"));
        let newer = LinkError::NewerVersion {
            found: 3,
            supported: 1,
        }
        .to_string();
        assert!(newer.contains("newer version"));
    }
}
