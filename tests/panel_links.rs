//! Invitation and sealed-return formats end to end: round trips, every truncation and every
//! single-character change refused, 10,000+ junk inputs without a panic, the opened-card checks,
//! and which returns go as a link and which as a file.
#![cfg(not(target_arch = "wasm32"))]

use hirekit::engine::candidate::{AnswerNote, CompetencyRating, Recommendation, Scorecard};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::kit::{assemble, CustomQuestion, Kit, KitItem, StageBudgets};
use hirekit::engine::link::envelope::{seal, LinkError, PayloadKind};
use hirekit::engine::link::invitation::{
    decode_invitation, encode_invitation, questions_for, Invitation, QUESTIONS_MAX,
};
use hirekit::engine::link::scorecard::ScorecardExport;
use hirekit::engine::link::sealed_return::{
    decode_return, deliver, encode_return, open_plaintext, plaintext, Delivery, RoundPublicKey,
    SealError, SealedHeader, SealedReturn, ROUTE_PREFIX,
};
use hirekit::engine::presets::presets;

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn invitation(preset: usize, interviewer: &str) -> Invitation {
    let spec = presets()[preset].spec.clone();
    let kit = assemble(&spec, &StageBudgets::default());
    let ids: Vec<String> = kit
        .stages
        .iter()
        .skip(1)
        .step_by(2)
        .flat_map(|s| s.items.iter().map(|i| i.id().to_string()))
        .collect();
    Invitation {
        round_id: "r-1796083200000-4242".into(),
        interviewer: interviewer.into(),
        candidate_name: "Candidate 7".into(),
        round_key: RoundPublicKey::sample(),
        spec,
        questions: questions_for(&kit, &ids),
    }
}

fn card(interviewer: &str, note: &str) -> Scorecard {
    Scorecard {
        interviewer: interviewer.into(),
        ratings: [
            Competency::Databases,
            Competency::ApiDesign,
            Competency::Testing,
        ]
        .iter()
        .map(|&competency| CompetencyRating {
            competency,
            rating: Rating::Solid,
            evidence: note.into(),
        })
        .collect(),
        answers: vec![AnswerNote {
            question_id: "db-slow-query".into(),
            competencies: vec![Competency::Databases],
            asked: true,
            rating: Some(Rating::Strong),
            note: note.into(),
        }],
        recommendation: Some(Recommendation::Yes),
        submitted: true,
        updated_at: 1_796_083_200_000,
    }
}

fn export(interviewer: &str, note: &str) -> ScorecardExport {
    ScorecardExport {
        candidate_id: "r-1796083200000-4242".into(),
        candidate_name: "Candidate 7".into(),
        scorecard: card(interviewer, note),
    }
}

/// A return sealed with stand-in bytes: the format does not depend on the cipher's output.
fn sealed(interviewer: &str, ciphertext_len: usize) -> SealedReturn {
    SealedReturn {
        header: SealedHeader {
            round_id: "r-1796083200000-4242".into(),
            interviewer: interviewer.into(),
            ephemeral_key: RoundPublicKey::sample(),
            iv: [9; 12],
            commitment: [5; 32],
        },
        // Ciphertext looks random, so the envelope cannot compress it.
        ciphertext: {
            let mut rng = Rng(0xC1F4_E27E_0000_0001);
            (0..ciphertext_len).map(|_| rng.next() as u8).collect()
        },
    }
}

fn every_change_is_refused<T: std::fmt::Debug>(
    payload: &str,
    decode: impl Fn(&str) -> Result<T, LinkError>,
) {
    for end in 1..payload.len() {
        assert_eq!(
            decode(&payload[..end]).err(),
            Some(LinkError::Truncated),
            "prefix {end}"
        );
    }
    let bytes = payload.as_bytes();
    for i in 0..bytes.len() {
        for &c in ALPHABET.iter().filter(|&&c| c != bytes[i]) {
            let mut changed = bytes.to_vec();
            changed[i] = c;
            let changed = String::from_utf8(changed).unwrap_or_default();
            assert!(decode(&changed).is_err(), "change at {i} to {}", c as char);
        }
    }
}

#[test]
fn invitations_round_trip_for_every_preset() {
    for preset in 0..presets().len() {
        let inv = invitation(preset, "Ana");
        assert_eq!(decode_invitation(&encode_invitation(&inv)), Ok(inv));
    }
}

#[test]
fn an_invitation_holds_the_candidate_name_and_nothing_else_about_them() {
    let mut inv = invitation(0, "Ana");
    inv.candidate_name = "Pseudonym Q".into();
    let back = decode_invitation(&encode_invitation(&inv)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.candidate_name, "Pseudonym Q");
    // The type has no field for an ask, region or other cards: the encoder cannot carry them.
    assert!(!back.questions.stages.iter().all(|s| s.items.is_empty()));
}

#[test]
fn every_truncation_and_single_change_of_an_invitation_is_refused() {
    let payload = encode_invitation(&invitation(1, "Ben"));
    every_change_is_refused(&payload, decode_invitation);
}

#[test]
fn every_truncation_and_single_change_of_a_return_is_refused() {
    let payload = encode_return(&sealed("Ana", 120));
    assert_eq!(decode_return(&payload), Ok(sealed("Ana", 120)));
    every_change_is_refused(&payload, decode_return);
}

#[test]
fn custom_questions_travel_and_overlong_ones_are_refused() {
    let mut inv = invitation(2, "Ana");
    let custom = CustomQuestion {
        id: "custom-1".into(),
        prompt: "Walk us through the last outage you led.".into(),
        competencies: vec![Competency::Observability],
        minutes: 10,
        purpose: "Ownership under pressure".into(),
    };
    inv.questions.stages[1]
        .items
        .push(KitItem::Custom(custom.clone()));
    assert_eq!(decode_invitation(&encode_invitation(&inv)), Ok(inv.clone()));
    let mut long = inv.clone();
    let at = long.questions.stages[1].items.len() - 1;
    long.questions.stages[1].items[at] = KitItem::Custom(CustomQuestion {
        prompt: "x".repeat(601),
        ..custom
    });
    assert!(matches!(
        decode_invitation(&encode_invitation(&long)),
        Err(LinkError::Invalid(_))
    ));
    let mut many = inv;
    let filler = many.questions.stages[1].items[0].clone();
    many.questions = Kit {
        stages: vec![hirekit::engine::kit::KitStage {
            items: vec![filler; QUESTIONS_MAX + 1],
            ..many.questions.stages[1].clone()
        }],
    };
    assert!(decode_invitation(&encode_invitation(&many)).is_err());
}

#[test]
fn an_opened_return_is_checked_against_its_commitment_and_header() {
    let salt = [3u8; 16];
    let plain =
        plaintext(&export("Ana", "Chose a partial index."), salt).unwrap_or_else(|e| panic!("{e}"));
    let mut s = sealed("Ana", 120);
    s.header.commitment = [8; 32];
    let opened = open_plaintext(&s, &plain, &[8; 32]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(opened.export, export("Ana", "Chose a partial index."));
    assert_eq!(
        open_plaintext(&s, &plain, &[7; 32]),
        Err(SealError::Mismatch)
    );
    let mut relabelled = s.clone();
    relabelled.header.interviewer = "Ben".into();
    assert_eq!(
        open_plaintext(&relabelled, &plain, &[8; 32]),
        Err(SealError::Mismatch)
    );
    let mut other_round = s;
    other_round.header.round_id = "r-2".into();
    assert_eq!(
        open_plaintext(&other_round, &plain, &[8; 32]),
        Err(SealError::Mismatch)
    );
}

#[test]
fn the_plaintext_never_shows_through_the_envelope() {
    let note = "Unmistakable note text 12345";
    let plain = plaintext(&export("Ana", note), [1; 16]).unwrap_or_else(|e| panic!("{e}"));
    // The clear part of a return is built without the plaintext: only its length shows.
    let payload = encode_return(&sealed("Ana", plain.len() + 16));
    assert!(!payload.contains("Unmistakable"));
    let decoded = decode_return(&payload).unwrap_or_else(|e| panic!("{e}"));
    assert!(!String::from_utf8_lossy(&decoded.ciphertext).contains(note));
}

#[test]
fn a_card_too_long_to_seal_is_refused_before_sending_and_a_valid_one_never_is() {
    let mut big = export("Ana", "");
    big.scorecard.answers = (0..200)
        .map(|i| AnswerNote {
            question_id: format!("q-{i}"),
            competencies: vec![],
            asked: true,
            rating: None,
            // Random letters, over the 4,000-byte cap of a valid card: no valid card gets here.
            note: {
                let mut rng = Rng(0xA11C_E000_0000_0001 + i as u64);
                (0..8000)
                    .map(|_| char::from(ALPHABET[rng.below(64)]))
                    .collect()
            },
        })
        .collect();
    assert_eq!(plaintext(&big, [0; 16]), Err(SealError::TooLong));
    for answer in &mut big.scorecard.answers {
        answer.note.truncate(4000);
    }
    big.scorecard.ratings = Competency::ALL
        .iter()
        .map(|&competency| CompetencyRating {
            competency,
            rating: Rating::Gap,
            evidence: big.scorecard.answers[0].note.clone(),
        })
        .collect();
    assert_eq!(
        hirekit::engine::link::scorecard::validate_export(&big),
        Ok(())
    );
    assert!(plaintext(&big, [0; 16]).is_ok());
}

#[test]
fn short_returns_are_links_and_long_ones_files() {
    let short = format!(
        "https://x.test/{ROUTE_PREFIX}{}",
        encode_return(&sealed("Ana", 200))
    );
    assert!(matches!(deliver(short, "ana.txt"), Delivery::Link(_)));
    let long = format!(
        "https://x.test/{ROUTE_PREFIX}{}",
        encode_return(&sealed("Ana", 3000))
    );
    let Delivery::File { name, text } = deliver(long.clone(), "ana.txt") else {
        panic!("a long return should be a file");
    };
    assert_eq!((name.as_str(), text), ("ana.txt", long.clone()));
    assert_eq!(decode_return(&long).map(|s| s.ciphertext.len()), Ok(3000));
}

#[test]
fn links_of_one_kind_are_never_read_as_another() {
    let inv = encode_invitation(&invitation(0, "Ana"));
    let ret = encode_return(&sealed("Ana", 64));
    assert_eq!(decode_return(&inv).err(), Some(LinkError::WrongKind));
    assert_eq!(decode_invitation(&ret).err(), Some(LinkError::WrongKind));
    assert!(hirekit::engine::link::scorecard::decode_scorecard(&ret).is_err());
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn junk_never_panics() {
    let mut rng = Rng(0x51A7_E5EA_1ED0_0001);
    let inv = encode_invitation(&invitation(3, "Ana"));
    let ret = encode_return(&sealed("Ana", 90));
    let plain = plaintext(&export("Ana", "note"), [0; 16]).unwrap_or_default();
    for round in 0..12_000 {
        let text: String = match round % 4 {
            0 => (0..rng.below(900))
                .map(|_| char::from(ALPHABET[rng.below(64)]))
                .collect(),
            1 => {
                let base = if round % 8 == 1 { &inv } else { &ret };
                let mut b = base.as_bytes().to_vec();
                for _ in 0..1 + rng.below(3) {
                    let at = rng.below(b.len());
                    b[at] = ALPHABET[rng.below(64)];
                }
                String::from_utf8(b).unwrap_or_default()
            }
            2 => (0..rng.below(60))
                .filter_map(|_| char::from_u32(rng.below(0x11_0000) as u32))
                .collect(),
            // A correct envelope around random bytes reaches the body readers.
            _ => {
                let body: Vec<u8> = (0..rng.below(600)).map(|_| rng.next() as u8).collect();
                let kind = if round % 8 == 3 {
                    PayloadKind::Invitation
                } else {
                    PayloadKind::SealedReturn
                };
                seal(kind, 1, &body)
            }
        };
        let _ = decode_invitation(&text);
        if let Ok(s) = decode_return(&text) {
            let _ = open_plaintext(&s, text.as_bytes(), &s.header.commitment);
        }
        // Random "decrypted" bytes with a matching digest exercise the card reader.
        let mut junk = plain.clone();
        let at = rng.below(junk.len());
        junk[at] = rng.next() as u8;
        junk.truncate(rng.below(junk.len() + 1).max(1));
        let s = sealed("Ana", 64);
        let _ = open_plaintext(&s, &junk, &s.header.commitment);
    }
}
