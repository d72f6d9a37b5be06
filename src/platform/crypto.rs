//! Sealing and opening scorecard returns with the browser's own cryptography (SubtleCrypto).
//! The envelope and every byte layout are in `engine::link::sealed_return`; this file only runs the
//! algorithms it names: ECDH P-256, HKDF-SHA-256, AES-256-GCM and SHA-256.
//!
//! The round key pair is made here (`generate_round_key`) with a non-extractable private key:
//! script on the page, HireKit included, can use it to open returns but can never read it out.
//! `key_store` keeps it in IndexedDB (see there for what clearing browser data does).
//! SubtleCrypto exists only in secure contexts (https or localhost): elsewhere every call returns
//! `CryptoError::Unavailable`.

use std::fmt;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::engine::link::scorecard::ScorecardExport;
use crate::engine::link::sealed_return::{
    associated_data, decode_return, encode_return, key_info, open_plaintext, plaintext,
    OpenedReturn, RoundPublicKey, SealError, SealedHeader, SealedReturn, COMMITMENT_BYTES,
    IV_BYTES, SALT_BYTES,
};

use super::key_store;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No SubtleCrypto here (an insecure address, or a very old browser).
    Unavailable,
    /// The key store (IndexedDB) failed or is switched off.
    KeyStore(String),
    /// The return itself was refused.
    Refused(SealError),
    /// The browser refused an operation for another reason.
    Browser(String),
}

impl fmt::Display for CryptoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CryptoError::Unavailable => f.write_str(
                "This browser cannot seal or open scorecards here: open HireKit from its https \
                 address (or localhost) in a current browser.",
            ),
            CryptoError::KeyStore(detail) => write!(
                f,
                "The browser would not keep the round's key ({detail}). Sealed scorecards need \
                 site storage: allow it for this site, and leave private browsing."
            ),
            CryptoError::Refused(e) => e.fmt(f),
            CryptoError::Browser(detail) => {
                write!(
                    f,
                    "The browser's cryptography refused the request ({detail})."
                )
            }
        }
    }
}

impl std::error::Error for CryptoError {}

impl From<SealError> for CryptoError {
    fn from(e: SealError) -> Self {
        CryptoError::Refused(e)
    }
}

/// A round's key pair as this browser holds it. The private half cannot leave the browser.
#[derive(Clone, Debug)]
pub struct RoundKey {
    pub round_id: String,
    pub public: RoundPublicKey,
    pub(super) private: CryptoKey,
}

impl RoundKey {
    /// False for keys made here: the browser refuses to export the private half.
    pub fn private_is_extractable(&self) -> bool {
        self.private.extractable()
    }
}

fn detail(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "no detail".to_string())
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let subtle = crypto()?.subtle();
    if JsValue::from(subtle.clone()).is_undefined() {
        return Err(CryptoError::Unavailable);
    }
    Ok(subtle)
}

async fn run(promise: Result<Promise, JsValue>) -> Result<JsValue, CryptoError> {
    let promise = promise.map_err(|e| CryptoError::Browser(detail(&e)))?;
    JsFuture::from(promise)
        .await
        .map_err(|e| CryptoError::Browser(detail(&e)))
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (name, value) in fields {
        // Setting a field on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &JsValue::from_str(name), value);
    }
    o
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

fn to_bytes(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

fn p256(name: &str) -> Object {
    object(&[("name", name.into()), ("namedCurve", "P-256".into())])
}

/// `N` bytes from the browser's cryptographic random source.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut out = [0u8; N];
    crypto()?
        .get_random_values_with_u8_array(&mut out)
        .map_err(|e| CryptoError::Browser(detail(&e)))?;
    Ok(out)
}

async fn sha256(data: &[u8]) -> Result<[u8; COMMITMENT_BYTES], CryptoError> {
    let digest = run(subtle()?.digest_with_str_and_u8_array("SHA-256", data)).await?;
    to_bytes(&digest)
        .try_into()
        .map_err(|_| CryptoError::Browser("a digest of the wrong size".into()))
}

async fn import_public(key: &RoundPublicKey) -> Result<CryptoKey, CryptoError> {
    let data = Uint8Array::from(&key.as_bytes()[..]);
    let imported =
        subtle()?.import_key_with_object("raw", &data, &p256("ECDH"), true, &usages(&[]));
    Ok(run(imported).await?.unchecked_into())
}

async fn export_public(key: &CryptoKey) -> Result<RoundPublicKey, CryptoError> {
    let raw = run(subtle()?.export_key("raw", key)).await?;
    RoundPublicKey::from_bytes(&to_bytes(&raw))
        .ok_or_else(|| CryptoError::Browser("an unexpected public key format".into()))
}

/// The AES-GCM key shared by `private` and `public` (ECDH, then HKDF with `info`).
async fn shared_key(
    private: &CryptoKey,
    public: &CryptoKey,
    info: &[u8],
    usage: &str,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let ecdh = object(&[("name", "ECDH".into()), ("public", public.into())]);
    let bits = run(subtle.derive_bits_with_object(&ecdh, private, 256)).await?;
    let hkdf_base = run(subtle.import_key_with_str(
        "raw",
        &Uint8Array::new(&bits),
        "HKDF",
        false,
        &usages(&["deriveKey"]),
    ))
    .await?;
    let hkdf = object(&[
        ("name", "HKDF".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::new_with_length(0).into()),
        ("info", Uint8Array::from(info).into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = subtle.derive_key_with_object_and_object(
        &hkdf,
        &hkdf_base.unchecked_into(),
        &aes,
        false,
        &usages(&[usage]),
    );
    Ok(run(key).await?.unchecked_into())
}

fn gcm(iv: &[u8], aad: &[u8]) -> Object {
    object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv).into()),
        ("additionalData", Uint8Array::from(aad).into()),
    ])
}

async fn key_pair(extractable: bool) -> Result<(CryptoKey, CryptoKey), CryptoError> {
    let pair = run(subtle()?.generate_key_with_object(
        &p256("ECDH"),
        extractable,
        &usages(&["deriveBits"]),
    ))
    .await?;
    let get = |name: &str| {
        Reflect::get(&pair, &JsValue::from_str(name))
            .map(JsCast::unchecked_into::<CryptoKey>)
            .map_err(|e| CryptoError::Browser(detail(&e)))
    };
    Ok((get("privateKey")?, get("publicKey")?))
}

/// A new round key pair, held in memory only (`create_round_key` also stores it).
pub async fn generate_round_key(round_id: &str) -> Result<RoundKey, CryptoError> {
    let (private, public) = key_pair(false).await?;
    Ok(RoundKey {
        round_id: round_id.to_string(),
        public: export_public(&public).await?,
        private,
    })
}

/// A new round key pair, kept in this browser's key store under the round id.
pub async fn create_round_key(round_id: &str) -> Result<RoundKey, CryptoError> {
    let key = generate_round_key(round_id).await?;
    key_store::save(&key).await?;
    Ok(key)
}

/// The round's key pair from this browser's key store; `None` if this browser never made it or
/// its data was cleared.
pub async fn load_round_key(round_id: &str) -> Result<Option<RoundKey>, CryptoError> {
    key_store::load(round_id).await
}

/// The return payload for `export` (its `candidate_id` must be the round id), sealed to `round`.
pub async fn seal_return(
    round: &RoundPublicKey,
    export: &ScorecardExport,
) -> Result<String, CryptoError> {
    let plain = plaintext(export, random_bytes::<SALT_BYTES>()?)?;
    let commitment = sha256(&plain).await?;
    let (ephemeral_private, ephemeral_public) = key_pair(false).await?;
    let ephemeral_key = export_public(&ephemeral_public).await?;
    let round_public = import_public(round).await?;
    let info = key_info(&ephemeral_key, round);
    let aes = shared_key(&ephemeral_private, &round_public, &info, "encrypt").await?;
    let header = SealedHeader {
        round_id: export.candidate_id.clone(),
        interviewer: export.scorecard.interviewer.trim().to_string(),
        ephemeral_key,
        iv: random_bytes::<IV_BYTES>()?,
        commitment,
    };
    let algorithm = gcm(&header.iv, &associated_data(&header));
    let sealed = run(subtle()?.encrypt_with_object_and_u8_array(&algorithm, &aes, &plain)).await?;
    Ok(encode_return(&SealedReturn {
        header,
        ciphertext: to_bytes(&sealed),
    }))
}

/// Opens a return with the round's private key: decrypts, checks the commitment and the clear
/// header, and reads the card. A changed byte or another key gives `SealError::CannotOpen`.
pub async fn open_return(
    key: &RoundKey,
    sealed: &SealedReturn,
) -> Result<OpenedReturn, CryptoError> {
    let header = &sealed.header;
    if header.round_id != key.round_id {
        return Err(SealError::UnknownRound.into());
    }
    let ephemeral = import_public(&header.ephemeral_key)
        .await
        .map_err(|_| SealError::CannotOpen)?;
    let info = key_info(&header.ephemeral_key, &key.public);
    let aes = shared_key(&key.private, &ephemeral, &info, "decrypt").await?;
    let algorithm = gcm(&header.iv, &associated_data(header));
    let opened =
        run(subtle()?.decrypt_with_object_and_u8_array(&algorithm, &aes, &sealed.ciphertext))
            .await
            .map_err(|_| SealError::CannotOpen)?;
    let plain = to_bytes(&opened);
    let digest = sha256(&plain).await?;
    Ok(open_plaintext(sealed, &plain, &digest)?)
}

/// Reads a return's link or file text and opens it with the key this browser holds for its round.
pub async fn open_return_text(text: &str) -> Result<OpenedReturn, CryptoError> {
    let sealed = decode_return(text).map_err(SealError::Link)?;
    let key = load_round_key(&sealed.header.round_id)
        .await?
        .ok_or(SealError::UnknownRound)?;
    open_return(&key, &sealed).await
}
