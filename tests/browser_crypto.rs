//! Sealed returns in a real browser (headless Chromium through wasm-bindgen-test): SubtleCrypto
//! seals and opens a card; another key, a flipped byte and a relabelled header are refused; the
//! round key goes into IndexedDB and comes back through a fresh connection, still non-extractable.
#![cfg(target_arch = "wasm32")]

use hirekit::engine::candidate::{CompetencyRating, Recommendation, Scorecard};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::link::scorecard::ScorecardExport;
use hirekit::engine::link::sealed_return::{
    decode_return, encode_return, hex, SealError, ROUTE_PREFIX,
};
use hirekit::platform::crypto::{
    create_round_key, generate_round_key, load_round_key, open_return, open_return_text,
    seal_return, CryptoError,
};
use hirekit::platform::key_store;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOTE: &str = "Rebuilt the failing index without downtime";

fn export(round_id: &str) -> ScorecardExport {
    ScorecardExport {
        candidate_id: round_id.into(),
        candidate_name: "Candidate 7".into(),
        scorecard: Scorecard {
            interviewer: "Ana".into(),
            ratings: vec![CompetencyRating {
                competency: Competency::Databases,
                rating: Rating::Strong,
                evidence: NOTE.into(),
            }],
            answers: vec![],
            recommendation: Some(Recommendation::StrongYes),
            submitted: true,
            updated_at: 1_796_083_200_000,
        },
    }
}

fn refused(result: Result<impl std::fmt::Debug, CryptoError>) -> SealError {
    match result {
        Err(CryptoError::Refused(e)) => e,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_sealed_card_opens_with_the_round_key_and_shows_nothing_in_between() {
    let key = generate_round_key("r-seal").await.unwrap();
    assert!(!key.private_is_extractable());
    let payload = seal_return(&key.public, &export("r-seal")).await.unwrap();
    let sealed = decode_return(&payload).unwrap();
    assert_eq!(sealed.header.interviewer, "Ana");
    let in_the_clear = String::from_utf8_lossy(&sealed.ciphertext).to_string() + &payload;
    assert!(!in_the_clear.contains("Rebuilt") && !in_the_clear.contains("Candidate 7"));
    let opened = open_return(&key, &sealed).await.unwrap();
    assert_eq!(opened.export, export("r-seal"));
    assert_eq!(opened.commitment, sealed.header.commitment);
    // Two seals of one card differ (fresh key, iv and salt), so nothing links them but the card.
    let again = decode_return(&seal_return(&key.public, &export("r-seal")).await.unwrap()).unwrap();
    assert_ne!(
        hex(&again.header.commitment),
        hex(&sealed.header.commitment)
    );
}

#[wasm_bindgen_test]
async fn another_key_a_flipped_byte_and_a_relabelled_header_are_refused() {
    let key = generate_round_key("r-tamper").await.unwrap();
    let other = generate_round_key("r-tamper").await.unwrap();
    let sealed =
        decode_return(&seal_return(&key.public, &export("r-tamper")).await.unwrap()).unwrap();
    assert_eq!(
        refused(open_return(&other, &sealed).await),
        SealError::CannotOpen
    );
    for at in [0, sealed.ciphertext.len() / 2, sealed.ciphertext.len() - 1] {
        let mut flipped = sealed.clone();
        flipped.ciphertext[at] ^= 0x01;
        assert_eq!(
            refused(open_return(&key, &flipped).await),
            SealError::CannotOpen
        );
    }
    // Re-encoded with a valid checksum: only the seal itself can catch these.
    let mut relabelled = sealed.clone();
    relabelled.header.interviewer = "Ben".into();
    let relabelled = decode_return(&encode_return(&relabelled)).unwrap();
    assert_eq!(
        refused(open_return(&key, &relabelled).await),
        SealError::CannotOpen
    );
    let mut recommitted = sealed.clone();
    recommitted.header.commitment[0] ^= 0x80;
    assert_eq!(
        refused(open_return(&key, &recommitted).await),
        SealError::CannotOpen
    );
    assert!(open_return(&key, &sealed).await.is_ok());
}

#[wasm_bindgen_test]
async fn the_round_key_survives_a_fresh_connection_to_indexeddb() {
    let created = create_round_key("r-store").await.unwrap();
    let payload = seal_return(&created.public, &export("r-store"))
        .await
        .unwrap();
    // Every key-store call opens its own connection, as after a reload.
    let loaded = load_round_key("r-store").await.unwrap().unwrap();
    assert_eq!(loaded.public, created.public);
    assert!(!loaded.private_is_extractable());
    let link = format!("https://x.test/app/{ROUTE_PREFIX}{payload}");
    let opened = open_return_text(&link).await.unwrap();
    assert_eq!(opened.export.scorecard.ratings[0].evidence, NOTE);
    // A damaged link is refused by its checksum, before any key is used.
    let mut damaged = payload.clone().into_bytes();
    damaged[20] = if damaged[20] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(damaged).unwrap();
    assert!(matches!(
        refused(open_return_text(&damaged).await),
        SealError::Link(_)
    ));
    key_store::forget("r-store").await.unwrap();
    assert!(load_round_key("r-store").await.unwrap().is_none());
    assert_eq!(
        refused(open_return_text(&payload).await),
        SealError::UnknownRound
    );
}
