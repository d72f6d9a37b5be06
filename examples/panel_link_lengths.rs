//! Panel link lengths: invitations (`#/i/`) and sealed returns (`#/r/`), typical and largest.
//!
//! `cargo run --example panel_link_lengths` prints a Markdown table of payload characters and
//! whether each travels as a link (whole address <= 2,000 characters) or a file. A return's
//! length is exact without running the cipher: AES-GCM output is the plaintext plus 16 bytes, and
//! random bytes of that length stand in for it (they do not compress either).

use hirekit::engine::candidate::{AnswerNote, CompetencyRating, Recommendation, Scorecard};
use hirekit::engine::competency::{Competency, Rating};
use hirekit::engine::kit::{assemble, CustomQuestion, Kit, KitItem, KitStage, StageBudgets};
use hirekit::engine::link::invitation::{
    encode_invitation, questions_for, Invitation, NAME_MAX_BYTES, PROMPT_MAX_BYTES,
    PURPOSE_MAX_BYTES, QUESTIONS_MAX,
};
use hirekit::engine::link::scorecard::ScorecardExport;
use hirekit::engine::link::sealed_return::{
    encode_return, plaintext, RoundPublicKey, SealedHeader, SealedReturn, LINK_MAX_CHARS,
};
use hirekit::engine::presets::presets;
use hirekit::engine::questions::QuestionType;
use hirekit::engine::spec_rules::largest_valid_spec;

/// What the app address adds in front of a payload, e.g. `https://team.example/hirekit/#/r/`.
const ADDRESS: usize = 40;

const WORDS: &[&str] = &[
    "explained",
    "the",
    "index",
    "choice",
    "and",
    "walked",
    "through",
    "a",
    "query",
    "plan",
    "asked",
    "about",
    "retries",
    "idempotency",
    "keys",
    "tradeoffs",
    "clear",
    "tests",
    "first",
    "missed",
    "cache",
    "invalidation",
    "strong",
    "ownership",
    "of",
    "incidents",
    "metrics",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// English-like notes of about `chars` characters.
fn note(rng: &mut Rng, chars: usize) -> String {
    let mut s = String::new();
    while s.len() < chars {
        s.push_str(WORDS[(rng.next() % WORDS.len() as u64) as usize]);
        s.push(' ');
    }
    s.truncate(chars);
    s
}

fn row(what: &str, payload: usize) {
    let how = if payload + ADDRESS <= LINK_MAX_CHARS {
        "link"
    } else {
        "file"
    };
    println!("| {what} | {payload} | {how} |");
}

fn typical_invitation(spec_index: usize) -> Invitation {
    let spec = presets()[spec_index].spec.clone();
    let kit = assemble(&spec, &StageBudgets::default());
    // A panel of three: each interviewer takes every third question.
    let ids: Vec<String> = kit
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .step_by(3)
        .map(|i| i.id().to_string())
        .collect();
    Invitation {
        round_id: "r-1796083200000-123456789".into(),
        interviewer: "Ana Souza".into(),
        candidate_name: "Candidate 7".into(),
        round_key: RoundPublicKey::sample(),
        spec,
        questions: questions_for(&kit, &ids),
    }
}

fn largest_invitation(rng: &mut Rng) -> Invitation {
    let custom = |i: usize, rng: &mut Rng| {
        KitItem::Custom(CustomQuestion {
            id: format!("custom-{i:02}"),
            prompt: note(rng, PROMPT_MAX_BYTES),
            competencies: Competency::ALL[i % 12..i % 12 + 3].to_vec(),
            minutes: 60,
            purpose: note(rng, PURPOSE_MAX_BYTES),
        })
    };
    let items: Vec<KitItem> = (0..QUESTIONS_MAX).map(|i| custom(i, rng)).collect();
    Invitation {
        round_id: "r".repeat(64),
        interviewer: "n".repeat(NAME_MAX_BYTES),
        candidate_name: "c".repeat(NAME_MAX_BYTES),
        round_key: RoundPublicKey::sample(),
        spec: largest_valid_spec(),
        questions: Kit {
            stages: vec![KitStage {
                kind: QuestionType::Practical,
                budget_minutes: u16::MAX,
                items,
            }],
        },
    }
}

fn card(rng: &mut Rng, rated: usize, note_chars: usize, answers: usize) -> ScorecardExport {
    let ratings = Competency::ALL[..rated]
        .iter()
        .map(|&competency| CompetencyRating {
            competency,
            rating: Rating::Solid,
            evidence: note(rng, note_chars),
        })
        .collect();
    let answers = (0..answers)
        .map(|i| AnswerNote {
            question_id: format!("question-{i}"),
            competencies: vec![Competency::ALL[i % 14]],
            asked: true,
            rating: Some(Rating::Strong),
            note: note(rng, note_chars / 2),
        })
        .collect();
    ScorecardExport {
        candidate_id: "r-1796083200000-123456789".into(),
        candidate_name: "Candidate 7".into(),
        scorecard: Scorecard {
            interviewer: "Ana Souza".into(),
            ratings,
            answers,
            recommendation: Some(Recommendation::Yes),
            submitted: true,
            updated_at: 1_796_083_200_000,
        },
    }
}

fn return_chars(rng: &mut Rng, export: &ScorecardExport) -> Option<usize> {
    let plain = plaintext(export, [0; 16]).ok()?;
    let ciphertext = (0..plain.len() + 16).map(|_| rng.next() as u8).collect();
    let sealed = SealedReturn {
        header: SealedHeader {
            round_id: export.candidate_id.clone(),
            interviewer: export.scorecard.interviewer.clone(),
            ephemeral_key: RoundPublicKey::sample(),
            iv: [0; 12],
            commitment: [0; 32],
        },
        ciphertext,
    };
    Some(encode_return(&sealed).len())
}

fn main() {
    let mut rng = Rng(0x5EED_0000_0000_0001);
    println!("| link | payload chars | travels as |\n|---|---:|:-:|");
    for (i, preset) in presets().iter().enumerate() {
        let inv = typical_invitation(i);
        row(
            &format!("invitation, {} (1 of 3 interviewers)", preset.id),
            encode_invitation(&inv).len(),
        );
    }
    row(
        "largest invitation (30 custom questions at the caps)",
        encode_invitation(&largest_invitation(&mut rng)).len(),
    );
    for (what, rated, chars, answers) in [
        (
            "return, typical: 5 ratings, 120-character notes, 5 answers",
            5,
            120,
            5,
        ),
        (
            "return, brief: 5 ratings, 40-character notes, no answers",
            5,
            40,
            0,
        ),
        (
            "return, long: 14 ratings, 600-character notes, 20 answers",
            14,
            600,
            20,
        ),
        (
            "return, largest: 14 ratings and 200 answers, 4,000-character notes",
            14,
            4000,
            200,
        ),
    ] {
        let export = card(&mut rng, rated, chars, answers);
        match return_chars(&mut rng, &export) {
            Some(n) => row(what, n),
            None => println!("| {what} | refused: too long to seal | - |"),
        }
    }
}
