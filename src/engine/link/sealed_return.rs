//! A scorecard sealed to the hiring manager's round key (M1): the envelope, pure.
//!
//! The cryptography runs in the browser (`platform::crypto`, SubtleCrypto); this module owns the
//! bytes around it, so the format is tested natively. Scheme (version 1):
//!
//! 1. plaintext = 16 random salt bytes, a flag byte (0 stored, 1 raw deflate), then the
//!    scorecard body (`scorecard_link` format 1) whose candidate reference is the round id.
//! 2. commitment = SHA-256(plaintext). The salt keeps it from being guessed from a short card.
//! 3. The interviewer's device makes a fresh P-256 key pair, derives 256 bits by ECDH with the
//!    round's public key, and HKDF-SHA-256 (empty salt, info = `INFO_LABEL` + ephemeral key +
//!    round key) turns them into an AES-256-GCM key.
//! 4. ciphertext = AES-GCM(key, 12-byte random iv, plaintext, additional data = `INFO_LABEL` +
//!    the header below), so changing any clear field breaks the seal.
//!
//! The payload is the `envelope` envelope (kind `SealedReturn`) around:
//!
//! ```text
//! text round_id, text interviewer            (clear: who it is from and for which round)
//! 65 bytes ephemeral public key, 12 bytes iv, 32 bytes commitment
//! varint n, n bytes ciphertext (plaintext + 16-byte tag)
//! ```
//!
//! Nothing of the card's ratings, notes or the candidate's name is in the clear. A return whose
//! link text would pass `LINK_MAX_CHARS` travels as a file holding the same text (`deliver`).

use std::fmt;

use miniz_oxide::inflate::decompress_to_vec_with_limit;

use super::envelope::wire::{Reader, Writer};
use super::envelope::{self, Limits, LinkError, PayloadKind};
use super::scorecard::{
    scorecard_body, scorecard_from_body, ScorecardExport, FORMAT_VERSION as CARD_FORMAT,
};
use crate::engine::candidate::same_interviewer;

pub const FORMAT_VERSION: u8 = 1;
pub const ROUTE_PREFIX: &str = "#/r/";
pub const PUBLIC_KEY_BYTES: usize = 65;
pub const IV_BYTES: usize = 12;
pub const SALT_BYTES: usize = 16;
pub const COMMITMENT_BYTES: usize = 32;
const TAG_BYTES: usize = 16;
/// Longest link (whole address) sent as a link; longer ones go as a file.
pub const LINK_MAX_CHARS: usize = 2_000;
/// Binds keys and ciphertext to this scheme and version.
pub const INFO_LABEL: &[u8] = b"hirekit sealed scorecard v1";
const ID_MAX_BYTES: usize = 64;
const NAME_MAX_BYTES: usize = 100;
/// Room for the largest valid scorecard even uncompressed (214 notes of 4,000 bytes).
const CIPHERTEXT_MAX: usize = 1 << 20;
const PLAINTEXT_MAX: usize = 1 << 20;

const LIMITS: Limits = Limits {
    max_text: 1_500_000,
    max_body: CIPHERTEXT_MAX + 1024,
};

/// A P-256 public key as an uncompressed point. Whether it lies on the curve is checked by the
/// browser when it imports the key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RoundPublicKey([u8; PUBLIC_KEY_BYTES]);

impl RoundPublicKey {
    pub fn from_bytes(bytes: &[u8]) -> Option<RoundPublicKey> {
        let key: [u8; PUBLIC_KEY_BYTES] = bytes.try_into().ok()?;
        (key[0] == 4).then_some(RoundPublicKey(key))
    }

    pub fn as_bytes(&self) -> &[u8; PUBLIC_KEY_BYTES] {
        &self.0
    }

    /// A well-formed stand-in for tests of the formats (not a point on the curve).
    pub fn sample() -> RoundPublicKey {
        let mut key = [7u8; PUBLIC_KEY_BYTES];
        key[0] = 4;
        RoundPublicKey(key)
    }
}

impl fmt::Debug for RoundPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RoundPublicKey({})", hex(&self.0[1..9]))
    }
}

/// The clear part of a sealed return.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedHeader {
    pub round_id: String,
    pub interviewer: String,
    pub ephemeral_key: RoundPublicKey,
    pub iv: [u8; IV_BYTES],
    pub commitment: [u8; COMMITMENT_BYTES],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedReturn {
    pub header: SealedHeader,
    pub ciphertext: Vec<u8>,
}

/// A return after the hiring manager's browser opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedReturn {
    pub round_id: String,
    pub commitment: [u8; COMMITMENT_BYTES],
    /// The card; its `candidate_id` is the round id.
    pub export: ScorecardExport,
}

/// Why a sealed return could not be used. Messages are written for the hiring manager.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealError {
    Link(LinkError),
    /// No round with this id on this device (another browser, or its data was cleared).
    UnknownRound,
    /// AES-GCM refused it: changed after sealing, or sealed to another key.
    CannotOpen,
    /// It opened, but the contents do not match the commitment or the clear header.
    Mismatch,
    Contents(String),
    /// Too long to seal, even compressed (the interviewer's device refuses before sending).
    TooLong,
}

impl fmt::Display for SealError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealError::Link(e) => e.fmt(f),
            SealError::UnknownRound => f.write_str(
                "This sealed scorecard belongs to a panel round this browser does not hold. Open \
                 it in the browser that sent the invitations; if that browser's data was cleared, \
                 start a new round and invite the panel again.",
            ),
            SealError::CannotOpen => f.write_str(
                "This sealed scorecard could not be opened: it was changed after it was sealed, or \
                 it was sealed for another round's key. Nothing was imported. Ask the interviewer \
                 to send it again.",
            ),
            SealError::Mismatch => f.write_str(
                "This sealed scorecard opened, but its contents do not match its fingerprint or its \
                 label, so it cannot be trusted. Nothing was imported.",
            ),
            SealError::Contents(why) => {
                write!(f, "This sealed scorecard opened, but it is not usable: {why}")
            }
            SealError::TooLong => f.write_str(
                "This scorecard is too long to seal, even compressed. Shorten the longest notes \
                 and submit again: nothing is lost, the card stays on this device.",
            ),
        }
    }
}

impl std::error::Error for SealError {}

impl From<LinkError> for SealError {
    fn from(e: LinkError) -> Self {
        SealError::Link(e)
    }
}

/// The bytes to encrypt for `export` (its `candidate_id` must be the round id); refused when
/// the sealed form would pass what `decode_return` accepts.
pub fn plaintext(export: &ScorecardExport, salt: [u8; SALT_BYTES]) -> Result<Vec<u8>, SealError> {
    let body = scorecard_body(export);
    let deflated = miniz_oxide::deflate::compress_to_vec(&body, 9);
    let mut out = salt.to_vec();
    if deflated.len() < body.len() {
        out.push(1);
        out.extend_from_slice(&deflated);
    } else {
        out.push(0);
        out.extend_from_slice(&body);
    }
    if out.len() + TAG_BYTES > CIPHERTEXT_MAX {
        return Err(SealError::TooLong);
    }
    Ok(out)
}

/// HKDF `info`: the label and both public keys, so a key is never reused across rounds.
pub fn key_info(ephemeral: &RoundPublicKey, round: &RoundPublicKey) -> Vec<u8> {
    let mut info = INFO_LABEL.to_vec();
    info.extend_from_slice(ephemeral.as_bytes());
    info.extend_from_slice(round.as_bytes());
    info
}

/// AES-GCM additional data: the label and the clear header.
pub fn associated_data(header: &SealedHeader) -> Vec<u8> {
    let mut aad = INFO_LABEL.to_vec();
    aad.extend_from_slice(&header_bytes(header));
    aad
}

fn header_bytes(h: &SealedHeader) -> Vec<u8> {
    let mut w = Writer::new();
    w.text(&h.round_id);
    w.text(&h.interviewer);
    for &b in h
        .ephemeral_key
        .as_bytes()
        .iter()
        .chain(&h.iv)
        .chain(&h.commitment)
    {
        w.byte(b);
    }
    w.finish()
}

pub fn encode_return(sealed: &SealedReturn) -> String {
    let mut body = header_bytes(&sealed.header);
    envelope::wire::put_varint(&mut body, sealed.ciphertext.len() as u64);
    body.extend_from_slice(&sealed.ciphertext);
    envelope::seal(PayloadKind::SealedReturn, FORMAT_VERSION, &body)
}

/// Reads a return's link or file text (whole address, or just the payload).
pub fn decode_return(text: &str) -> Result<SealedReturn, LinkError> {
    let text = text.trim();
    let payload = text.rsplit_once(ROUTE_PREFIX).map_or(text, |(_, t)| t);
    let body = envelope::open_version(PayloadKind::SealedReturn, payload, LIMITS, FORMAT_VERSION)?;
    read(&body).map_err(|why| LinkError::Invalid(format!("{why}.")))
}

fn take<const N: usize>(r: &mut Reader) -> Result<[u8; N], String> {
    let mut out = [0u8; N];
    for b in &mut out {
        *b = r.byte()?;
    }
    Ok(out)
}

fn read(body: &[u8]) -> Result<SealedReturn, String> {
    let mut r = Reader::new(body);
    let round_id = r.text(ID_MAX_BYTES)?;
    let interviewer = r.text(NAME_MAX_BYTES)?;
    if round_id.is_empty() || interviewer.trim().is_empty() {
        return Err("the round or the interviewer is missing".into());
    }
    let key: [u8; PUBLIC_KEY_BYTES] = take(&mut r)?;
    let ephemeral_key = RoundPublicKey::from_bytes(&key).ok_or("its sealing key is malformed")?;
    let iv = take(&mut r)?;
    let commitment = take(&mut r)?;
    let n = r.len(CIPHERTEXT_MAX)?;
    if n < SALT_BYTES + 1 + TAG_BYTES {
        return Err("the sealed part is too short to hold a scorecard".into());
    }
    let ciphertext = (0..n).map(|_| r.byte()).collect::<Result<Vec<u8>, _>>()?;
    r.finish()?;
    Ok(SealedReturn {
        header: SealedHeader {
            round_id,
            interviewer,
            ephemeral_key,
            iv,
            commitment,
        },
        ciphertext,
    })
}

/// Checks decrypted bytes against the commitment (`digest` = their SHA-256) and the clear
/// header, then reads the card.
pub fn open_plaintext(
    sealed: &SealedReturn,
    plaintext: &[u8],
    digest: &[u8; COMMITMENT_BYTES],
) -> Result<OpenedReturn, SealError> {
    let header = &sealed.header;
    if *digest != header.commitment {
        return Err(SealError::Mismatch);
    }
    let (flag, data) = match plaintext.get(SALT_BYTES..) {
        Some([flag, data @ ..]) => (*flag, data),
        _ => return Err(SealError::Contents("it is empty.".into())),
    };
    let body = match flag {
        0 => data.to_vec(),
        1 => decompress_to_vec_with_limit(data, PLAINTEXT_MAX)
            .map_err(|_| SealError::Contents("its compressed data is broken.".into()))?,
        _ => return Err(SealError::Contents("it uses an unknown option.".into())),
    };
    let export = scorecard_from_body(&body, CARD_FORMAT).map_err(|e| match e {
        LinkError::Invalid(why) => SealError::Contents(why),
        other => SealError::Link(other),
    })?;
    if export.candidate_id != header.round_id
        || !same_interviewer(&export.scorecard.interviewer, &header.interviewer)
    {
        return Err(SealError::Mismatch);
    }
    Ok(OpenedReturn {
        round_id: header.round_id.clone(),
        commitment: header.commitment,
        export,
    })
}

/// How a link travels: as a link while it is short enough for chat and email, else as a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    Link(String),
    File { name: String, text: String },
}

/// `link` is the whole address; `file_name` is used when it is too long to send as a link.
pub fn deliver(link: String, file_name: &str) -> Delivery {
    if link.chars().count() <= LINK_MAX_CHARS {
        Delivery::Link(link)
    } else {
        Delivery::File {
            name: file_name.to_string(),
            text: link,
        }
    }
}

/// Lower-case hex, for showing a commitment as a fingerprint.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
        .map(char::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed() -> SealedReturn {
        SealedReturn {
            header: SealedHeader {
                round_id: "r-1".into(),
                interviewer: "Ana".into(),
                ephemeral_key: RoundPublicKey::sample(),
                iv: [1; IV_BYTES],
                commitment: [2; COMMITMENT_BYTES],
            },
            ciphertext: vec![3; 80],
        }
    }

    #[test]
    fn the_envelope_round_trips_and_keys_must_be_uncompressed_points() {
        let s = sealed();
        assert_eq!(decode_return(&encode_return(&s)), Ok(s));
        assert!(RoundPublicKey::from_bytes(&[2; PUBLIC_KEY_BYTES]).is_none());
        assert!(RoundPublicKey::from_bytes(&[4; 33]).is_none());
    }

    #[test]
    fn the_additional_data_covers_every_clear_field() {
        let base = associated_data(&sealed().header);
        let mut other = sealed();
        other.header.interviewer = "Ben".into();
        assert_ne!(associated_data(&other.header), base);
        other = sealed();
        other.header.iv[0] ^= 1;
        assert_ne!(associated_data(&other.header), base);
    }

    #[test]
    fn long_links_become_files() {
        assert_eq!(
            deliver("a".repeat(2000), "f"),
            Delivery::Link("a".repeat(2000))
        );
        assert!(matches!(
            deliver("a".repeat(2001), "f"),
            Delivery::File { .. }
        ));
        assert_eq!(hex(&[0, 171, 255]), "00abff");
    }
}
