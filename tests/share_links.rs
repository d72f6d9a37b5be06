//! Share links end to end: round trips over arbitrary valid specs and scorecards, refusal of
//! truncated and altered links, no panics on junk, decompression bombs, and the R4/B4 budgets.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use hirekit::engine::candidate::{AnswerNote, CompetencyRating, Recommendation, Scorecard};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::link::envelope::{seal, LinkError, PayloadKind};
use hirekit::engine::link::scorecard::{decode_scorecard, encode_scorecard, ScorecardExport};
use hirekit::engine::link::spec::{decode_spec, encode_spec};
use hirekit::engine::presets::presets;
use hirekit::engine::region::Region;
use hirekit::engine::role::{
    AiTier, Budget, CompetencyReq, Employment, EnglishLevel, ProductStage, RoleSpec, Seniority,
};
use hirekit::engine::spec_rules::{self, largest_valid_spec, validate};
use proptest::prelude::*;
use proptest::sample::select;

/// Text mixing ASCII, accented letters, CJK and emoji, cut to `max_bytes` on a char boundary.
fn text(max_bytes: usize, nonblank: bool) -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => Just(' '),
        1 => proptest::char::range('À', 'ÿ'),
        1 => proptest::char::range('一', '鿿'),
        1 => proptest::char::range('\u{1F300}', '\u{1F64F}'),
    ];
    proptest::collection::vec(ch, 0..=max_bytes).prop_map(move |chars| {
        let mut s = String::new();
        for c in chars {
            if s.len() + c.len_utf8() > max_bytes {
                break;
            }
            s.push(c);
        }
        if nonblank && s.trim().is_empty() {
            s = "x".into();
        }
        s
    })
}

fn list() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(
        text(spec_rules::ITEM_MAX_BYTES, true),
        0..=spec_rules::LIST_MAX_ITEMS,
    )
}

fn competencies() -> impl Strategy<Value = Vec<CompetencyReq>> {
    let req = (0..=10u8, select(Rating::ALL.to_vec()), any::<bool>());
    (
        Just(Competency::ALL.to_vec()).prop_shuffle(),
        0..=Competency::ALL.len(),
        proptest::collection::vec(req, Competency::ALL.len()),
    )
        .prop_map(|(order, n, reqs)| {
            order
                .into_iter()
                .take(n)
                .zip(reqs)
                .map(
                    |(competency, (weight, required, must_have))| CompetencyReq {
                        competency,
                        weight,
                        required,
                        must_have,
                    },
                )
                .collect()
        })
}

/// Valid specs; regions come from a bitmask, so they are in the order a link reproduces.
fn valid_spec() -> impl Strategy<Value = RoleSpec> {
    let words = (
        text(spec_rules::TITLE_MAX_BYTES, true),
        text(spec_rules::LANGUAGE_MAX_BYTES, false),
        list(),
        list(),
        list(),
    );
    let levels = (
        select(ProductStage::ALL.to_vec()),
        select(Seniority::ALL.to_vec()),
        select(AiTier::ALL.to_vec()),
        select(EnglishLevel::ALL.to_vec()),
        select(Employment::ALL.to_vec()),
    );
    let numbers = (
        0..=spec_rules::YEARS_MAX,
        proptest::option::of(0..=spec_rules::YEARS_MAX),
        1u16..(1 << Region::ALL.len()),
        select(Region::ALL.to_vec()),
        0..=spec_rules::OVERLAP_MAX_HOURS,
        proptest::option::of((
            0..=spec_rules::BUDGET_MAX_USD,
            0..=spec_rules::BUDGET_MAX_USD,
        )),
    );
    (words, levels, numbers, competencies()).prop_map(|(w, l, n, competencies)| {
        let (min_years, max_years) = match n.1 {
            Some(max) => (n.0.min(max), Some(n.0.max(max))),
            None => (n.0, None),
        };
        RoleSpec {
            title: w.0,
            language: w.1,
            frameworks: w.2,
            data_stores: w.3,
            cloud: w.4,
            stage: l.0,
            seniority: l.1,
            ai_tier: l.2,
            english: l.3,
            employment: l.4,
            min_years,
            max_years,
            regions: Region::ALL
                .iter()
                .copied()
                .filter(|r| n.2 >> r.index() & 1 == 1)
                .collect(),
            team_region: n.3,
            min_overlap_hours: n.4,
            budget: n.5.map(|(a, b)| Budget {
                min: a.min(b),
                max: a.max(b),
            }),
            competencies,
        }
    })
}

fn scorecard_export() -> impl Strategy<Value = ScorecardExport> {
    let rating = (
        select(Competency::ALL.to_vec()),
        select(Rating::ALL.to_vec()),
        text(300, false),
    );
    let answer = (
        text(64, true),
        proptest::collection::vec(select(Competency::ALL.to_vec()), 0..4),
        any::<bool>(),
        proptest::option::of(select(Rating::ALL.to_vec())),
        text(400, false),
    );
    (
        (text(64, true), text(100, false), text(100, true)),
        proptest::collection::vec(rating, 0..6),
        proptest::collection::vec(answer, 0..6),
        proptest::option::of(select(Recommendation::ALL.to_vec())),
        any::<bool>(),
        any::<u64>(),
    )
        .prop_map(
            |(names, ratings, answers, recommendation, submitted, updated_at)| {
                let mut seen = Vec::new();
                let ratings = ratings
                    .into_iter()
                    .filter(|r| {
                        !seen.contains(&r.0) && {
                            seen.push(r.0);
                            true
                        }
                    })
                    .map(|(competency, rating, evidence)| CompetencyRating {
                        competency,
                        rating,
                        evidence,
                    })
                    .collect();
                let answers = answers
                    .into_iter()
                    .map(
                        |(question_id, competencies, asked, rating, note)| AnswerNote {
                            question_id,
                            competencies,
                            asked,
                            rating,
                            note,
                        },
                    )
                    .collect();
                ScorecardExport {
                    candidate_id: names.0,
                    candidate_name: names.1,
                    scorecard: Scorecard {
                        interviewer: names.2,
                        ratings,
                        answers,
                        recommendation,
                        submitted,
                        updated_at,
                    },
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_valid_spec_round_trips(spec in valid_spec()) {
        prop_assert_eq!(validate(&spec), Ok(()));
        let payload = encode_spec(&spec);
        prop_assert!(payload.len() <= 2000);
        prop_assert_eq!(decode_spec(&payload), Ok(spec));
    }

    #[test]
    fn region_order_is_normalised(spec in valid_spec()) {
        let mut shuffled = spec.clone();
        shuffled.regions.reverse();
        prop_assert_eq!(decode_spec(&encode_spec(&shuffled)), Ok(spec));
    }

    #[test]
    fn every_scorecard_round_trips(export in scorecard_export()) {
        prop_assert_eq!(decode_scorecard(&encode_scorecard(&export)), Ok(export));
    }

    #[test]
    fn prefixes_of_any_spec_link_are_truncated(spec in valid_spec()) {
        let payload = encode_spec(&spec);
        for end in 0..payload.len() {
            let expected = if end == 0 { LinkError::Empty } else { LinkError::Truncated };
            prop_assert_eq!(decode_spec(&payload[..end]), Err(expected));
        }
    }
}

fn sample_payloads() -> Vec<String> {
    let mut out: Vec<String> = presets().iter().map(|p| encode_spec(&p.spec)).collect();
    out.push(encode_spec(&largest_valid_spec()));
    out
}

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[test]
fn every_strict_prefix_of_a_real_link_is_refused() {
    for payload in sample_payloads() {
        for end in 1..payload.len() {
            assert_eq!(decode_spec(&payload[..end]), Err(LinkError::Truncated));
        }
    }
}

#[test]
fn every_single_character_change_is_refused() {
    for payload in sample_payloads() {
        let bytes = payload.as_bytes();
        for i in 0..bytes.len() {
            for &c in ALPHABET.iter().filter(|&&c| c != bytes[i]) {
                let mut changed = bytes.to_vec();
                changed[i] = c;
                let changed = String::from_utf8(changed).unwrap_or_default();
                assert!(
                    decode_spec(&changed).is_err(),
                    "change at {i} to {}",
                    c as char
                );
            }
            let mut dropped = payload.clone();
            dropped.remove(i);
            assert!(decode_spec(&dropped).is_err(), "removal at {i}");
            let mut doubled = payload.clone();
            doubled.insert(i, char::from(bytes[i]));
            assert!(decode_spec(&doubled).is_err(), "duplicate at {i}");
        }
    }
}

/// xorshift64: a tiny deterministic generator, enough to spray inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn junk_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let valid = sample_payloads();
    let card = encode_scorecard(&ScorecardExport {
        candidate_id: "c-1".into(),
        candidate_name: "Ana".into(),
        scorecard: Scorecard {
            interviewer: "Sam".into(),
            ratings: vec![],
            answers: vec![],
            recommendation: None,
            submitted: false,
            updated_at: 0,
        },
    });
    for round in 0..12_000 {
        let text: String = match round % 4 {
            // Random base64url text of random length.
            0 => (0..rng.below(700))
                .map(|_| char::from(ALPHABET[rng.below(64)]))
                .collect(),
            // Random Unicode.
            1 => (0..rng.below(50))
                .filter_map(|_| char::from_u32(rng.below(0x11_0000) as u32))
                .collect(),
            // A valid link with a few random edits.
            2 => {
                let base = if round % 8 == 2 {
                    &card
                } else {
                    &valid[rng.below(valid.len())]
                };
                let mut b = base.as_bytes().to_vec();
                for _ in 0..1 + rng.below(3) {
                    let at = rng.below(b.len());
                    b[at] = ALPHABET[rng.below(64)];
                }
                String::from_utf8(b).unwrap_or_default()
            }
            // A correct envelope around random bytes: exercises the body readers.
            _ => {
                let body: Vec<u8> = (0..rng.below(400)).map(|_| rng.next() as u8).collect();
                let kind = if round % 8 == 3 {
                    PayloadKind::RoleSpec
                } else {
                    PayloadKind::Scorecard
                };
                seal(kind, 1, &body)
            }
        };
        let _ = decode_spec(&text);
        let _ = decode_scorecard(&text);
    }
}

#[test]
fn a_decompression_bomb_is_refused_quickly() {
    let started = Instant::now();
    for kind in [PayloadKind::RoleSpec, PayloadKind::Scorecard] {
        let bomb = seal(kind, 1, &vec![b'a'; 8 * 1024 * 1024]);
        let small = seal(kind, 1, &vec![0; 1024 * 1024]);
        assert!(small.len() < 2000, "the bomb is small: {}", small.len());
        for text in [&bomb, &small] {
            let refused = match kind {
                PayloadKind::RoleSpec => decode_spec(text).err(),
                _ => decode_scorecard(text).err(),
            };
            assert_eq!(refused, Some(LinkError::TooLarge));
        }
    }
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn link_budgets_hold() {
    for preset in presets() {
        let len = encode_spec(&preset.spec).len();
        assert!(len <= 400, "{} is {len} characters", preset.id);
        let json = serde_json::to_string(&preset.spec).unwrap_or_default();
        let lz = lz_str::compress_to_encoded_uri_component(json.as_str()).len();
        assert!(
            len as f64 <= 0.4 * lz as f64,
            "{}: {len} vs lz-string {lz}",
            preset.id
        );
    }
    let largest = largest_valid_spec();
    assert_eq!(validate(&largest), Ok(()));
    let len = encode_spec(&largest).len();
    assert!(len <= 2000, "largest valid spec is {len} characters");
    let json = serde_json::to_string(&largest).unwrap_or_default();
    let lz = lz_str::compress_to_encoded_uri_component(json.as_str()).len();
    assert!(
        len as f64 <= 0.4 * lz as f64,
        "largest: {len} vs lz-string {lz}"
    );
}
