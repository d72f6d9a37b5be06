//! An interviewer's invitation to a panel (M1): `#/i/<payload>`.
//!
//! It carries what one interviewer needs and nothing more: the role spec, their questions from
//! the kit, the candidate's name or pseudonym (never the ask, the region or other scorecards),
//! the interviewer's name, the round id and the round's public key (the key their scorecard is
//! sealed to). The payload is the `envelope` envelope (kind `Invitation`, version `FORMAT_VERSION`)
//! around this body (format version 1):
//!
//! ```text
//! text round_id, text interviewer, text candidate_name
//! 65 bytes round public key (uncompressed P-256 point: 0x04, X, Y)
//! varint spec body length, spec body (the `spec` link format, version 1)
//! varint stages, each: byte question type index, varint budget minutes, varint items, each:
//!   byte 0, text bank id
//!   byte 1, text id, text prompt, varint n, n x byte competency index, byte minutes, text purpose
//! ```
//!
//! Decoding parses, then checks every cap and the spec's own rules: an invitation is either
//! usable as it stands or refused with a `LinkError` in words.

use super::envelope::wire::{ReadResult, Reader, Writer};
use super::envelope::{self, Limits, LinkError, PayloadKind};
use super::sealed_return::{RoundPublicKey, PUBLIC_KEY_BYTES};
use crate::engine::competency::Competency;
use crate::engine::kit::{CustomQuestion, Kit, KitItem, KitStage};
use crate::engine::order;
use crate::engine::questions::QuestionType;
use crate::engine::role::RoleSpec;

pub const FORMAT_VERSION: u8 = 1;
/// The route prefix an invitation uses inside the URL fragment.
pub const ROUTE_PREFIX: &str = "#/i/";
pub const ID_MAX_BYTES: usize = 64;
pub const NAME_MAX_BYTES: usize = 100;
/// Questions one interviewer may be given.
pub const QUESTIONS_MAX: usize = 30;
pub const PROMPT_MAX_BYTES: usize = 600;
pub const PURPOSE_MAX_BYTES: usize = 300;

const LIMITS: Limits = Limits {
    max_text: 48_000,
    max_body: 64 * 1024,
};

/// What one interviewer receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub round_id: String,
    pub interviewer: String,
    /// The candidate's name or pseudonym, as the hiring manager chose to share it.
    pub candidate_name: String,
    pub round_key: RoundPublicKey,
    pub spec: RoleSpec,
    /// Only this interviewer's questions, in the kit's stage order.
    pub questions: Kit,
}

impl Invitation {
    /// The competencies this interviewer is asked about: every competency their questions probe,
    /// in catalogue order. Calibration counts an unrated one as skipped.
    pub fn assigned_competencies(&self) -> Vec<Competency> {
        assigned_competencies(&self.questions)
    }
}

/// The competencies the questions of `kit` probe, in catalogue order.
pub fn assigned_competencies(kit: &Kit) -> Vec<Competency> {
    Competency::ALL
        .iter()
        .copied()
        .filter(|c| {
            kit.stages
                .iter()
                .flat_map(|s| &s.items)
                .any(|i| i.competencies().contains(c))
        })
        .collect()
}

/// The questions an interviewer who runs the kit's stages of these kinds is asked: their ids in
/// kit order, at most `QUESTIONS_MAX`. Panels usually split the interview by stage.
pub fn stage_questions(kit: &Kit, kinds: &[QuestionType]) -> Vec<String> {
    kit.stages
        .iter()
        .filter(|stage| kinds.contains(&stage.kind))
        .flat_map(|stage| &stage.items)
        .map(|item| item.id().to_string())
        .take(QUESTIONS_MAX)
        .collect()
}

/// The kinds of the kit's stages that hold at least one of `ids`: what that interviewer runs.
pub fn stages_run(kit: &Kit, ids: &[String]) -> Vec<QuestionType> {
    kit.stages
        .iter()
        .filter(|stage| {
            stage
                .items
                .iter()
                .any(|item| ids.iter().any(|id| id == item.id()))
        })
        .map(|stage| stage.kind)
        .collect()
}

/// The part of `kit` holding the items whose ids are in `ids`, stages kept in order (an empty
/// stage stays, so stage budgets still show). Ids not in the kit are ignored.
pub fn questions_for(kit: &Kit, ids: &[String]) -> Kit {
    Kit {
        stages: kit
            .stages
            .iter()
            .map(|stage| KitStage {
                kind: stage.kind,
                budget_minutes: stage.budget_minutes,
                items: stage
                    .items
                    .iter()
                    .filter(|item| ids.iter().any(|id| id == item.id()))
                    .cloned()
                    .collect(),
            })
            .collect(),
    }
}

/// The link payload (append it to `ROUTE_PREFIX`). Check it with `validate` first: the decoder
/// refuses what `validate` refuses.
pub fn encode_invitation(invitation: &Invitation) -> String {
    let mut w = Writer::new();
    w.text(&invitation.round_id);
    w.text(&invitation.interviewer);
    w.text(&invitation.candidate_name);
    for &b in invitation.round_key.as_bytes() {
        w.byte(b);
    }
    let spec = crate::engine::link::spec::spec_body(&invitation.spec);
    w.varint(spec.len() as u64);
    for b in spec {
        w.byte(b);
    }
    w.varint(invitation.questions.stages.len() as u64);
    for stage in &invitation.questions.stages {
        w.byte(type_index(stage.kind));
        w.varint(u64::from(stage.budget_minutes));
        w.varint(stage.items.len() as u64);
        for item in &stage.items {
            write_item(&mut w, item);
        }
    }
    envelope::seal(PayloadKind::Invitation, FORMAT_VERSION, &w.finish())
}

/// Reads a payload; a whole copied URL is accepted too (what follows `#/i/`).
pub fn decode_invitation(payload: &str) -> Result<Invitation, LinkError> {
    let payload = payload
        .rsplit_once(ROUTE_PREFIX)
        .map_or(payload, |(_, tail)| tail);
    let body = envelope::open_version(PayloadKind::Invitation, payload, LIMITS, FORMAT_VERSION)?;
    let invitation = read(&body)?;
    validate(&invitation).map_err(|problems| LinkError::Invalid(problems.join(" ")))?;
    Ok(invitation)
}

/// Problems that make an invitation unusable, in words (run before sending it too).
pub fn validate(invitation: &Invitation) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let mut check = |ok: bool, problem: &str| {
        if !ok {
            problems.push(problem.to_string());
        }
    };
    check(
        !invitation.round_id.is_empty() && invitation.round_id.len() <= ID_MAX_BYTES,
        "The round reference is missing or too long.",
    );
    check(
        !invitation.interviewer.trim().is_empty() && invitation.interviewer.len() <= NAME_MAX_BYTES,
        "The interviewer name is missing or too long.",
    );
    check(
        !invitation.candidate_name.trim().is_empty()
            && invitation.candidate_name.len() <= NAME_MAX_BYTES,
        "The candidate name or pseudonym is missing or too long.",
    );
    let items: Vec<&KitItem> = invitation
        .questions
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .collect();
    check(
        !items.is_empty() && items.len() <= QUESTIONS_MAX,
        "An invitation needs 1 to 30 questions.",
    );
    check(
        invitation.questions.stages.len() <= QuestionType::ALL.len(),
        "There are more stages than question types.",
    );
    check(
        items.iter().all(|i| item_fits(i)),
        "A question is missing its text or is longer than allowed.",
    );
    let mut ids: Vec<&str> = items.iter().map(|i| i.id()).collect();
    order::sort(&mut ids);
    check(
        ids.windows(2).all(|w| w[0] != w[1]),
        "A question appears twice.",
    );
    if let Err(spec_problems) = crate::engine::spec_rules::validate(&invitation.spec) {
        problems.extend(spec_problems.iter().map(ToString::to_string));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn item_fits(item: &KitItem) -> bool {
    let id_ok = !item.id().is_empty() && item.id().len() <= ID_MAX_BYTES;
    match item {
        KitItem::Bank { .. } => id_ok,
        KitItem::Custom(c) => {
            id_ok
                && !c.prompt.trim().is_empty()
                && c.prompt.len() <= PROMPT_MAX_BYTES
                && c.purpose.len() <= PURPOSE_MAX_BYTES
                && (1..=3).contains(&c.competencies.len())
                && c.minutes > 0
        }
    }
}

fn type_index(kind: QuestionType) -> u8 {
    QuestionType::ALL
        .iter()
        .position(|k| *k == kind)
        .map_or(0, |i| i as u8)
}

fn write_item(w: &mut Writer, item: &KitItem) {
    match item {
        KitItem::Bank { id } => {
            w.byte(0);
            w.text(id);
        }
        KitItem::Custom(c) => {
            w.byte(1);
            w.text(&c.id);
            w.text(&c.prompt);
            w.varint(c.competencies.len() as u64);
            for comp in &c.competencies {
                w.byte(comp.index());
            }
            w.byte(c.minutes);
            w.text(&c.purpose);
        }
    }
}

fn invalid(why: String) -> LinkError {
    LinkError::Invalid(format!("{why}."))
}

fn read(body: &[u8]) -> Result<Invitation, LinkError> {
    let mut r = Reader::new(body);
    let round_id = r.text(ID_MAX_BYTES).map_err(invalid)?;
    let interviewer = r.text(NAME_MAX_BYTES).map_err(invalid)?;
    let candidate_name = r.text(NAME_MAX_BYTES).map_err(invalid)?;
    let mut key = [0u8; PUBLIC_KEY_BYTES];
    for b in &mut key {
        *b = r.byte().map_err(invalid)?;
    }
    let round_key = RoundPublicKey::from_bytes(&key).ok_or_else(|| {
        LinkError::Invalid("the hiring manager's key in it is not a valid key.".into())
    })?;
    let spec_len = r
        .len(crate::engine::spec_rules::MAX_SPEC_BODY_BYTES)
        .map_err(invalid)?;
    let spec_bytes = (0..spec_len)
        .map(|_| r.byte())
        .collect::<ReadResult<Vec<u8>>>()
        .map_err(invalid)?;
    let spec = crate::engine::link::spec::spec_from_body(&spec_bytes)?;
    let questions = read_kit(&mut r).map_err(invalid)?;
    r.finish().map_err(invalid)?;
    Ok(Invitation {
        round_id,
        interviewer,
        candidate_name,
        round_key,
        spec,
        questions,
    })
}

fn read_kit(r: &mut Reader) -> ReadResult<Kit> {
    let mut stages = Vec::new();
    for _ in 0..r.len(QuestionType::ALL.len())? {
        let kind = *QuestionType::ALL
            .get(usize::from(r.byte()?))
            .ok_or("it names an unknown interview stage")?;
        let budget_minutes =
            u16::try_from(r.varint()?).map_err(|_| "a stage budget is out of range")?;
        let mut items = Vec::new();
        for _ in 0..r.len(QUESTIONS_MAX)? {
            items.push(read_item(r)?);
        }
        stages.push(KitStage {
            kind,
            budget_minutes,
            items,
        });
    }
    Ok(Kit { stages })
}

fn read_item(r: &mut Reader) -> ReadResult<KitItem> {
    match r.byte()? {
        0 => Ok(KitItem::Bank {
            id: r.text(ID_MAX_BYTES)?,
        }),
        1 => {
            let id = r.text(ID_MAX_BYTES)?;
            let prompt = r.text(PROMPT_MAX_BYTES)?;
            let competencies = (0..r.len(3)?)
                .map(|_| {
                    Competency::from_index(r.byte()?)
                        .ok_or_else(|| "it names an unknown competency".to_string())
                })
                .collect::<ReadResult<_>>()?;
            Ok(KitItem::Custom(CustomQuestion {
                id,
                prompt,
                competencies,
                minutes: r.byte()?,
                purpose: r.text(PURPOSE_MAX_BYTES)?,
            }))
        }
        _ => Err("a question is of a kind this version does not know".into()),
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::kit::{Kit, KitItem, KitStage};

    fn two_stage_kit(per_stage: usize) -> Kit {
        let stage = |kind, prefix: &str| KitStage {
            kind,
            budget_minutes: 30,
            items: (0..per_stage)
                .map(|i| KitItem::Bank {
                    id: format!("{prefix}{i}"),
                })
                .collect(),
        };
        Kit {
            stages: vec![
                stage(QuestionType::Screening, "s"),
                stage(QuestionType::TechnicalDesign, "t"),
            ],
        }
    }

    #[test]
    fn an_interviewer_gets_only_the_stages_they_run() {
        let kit = two_stage_kit(2);
        let ids = stage_questions(&kit, &[QuestionType::TechnicalDesign]);
        assert_eq!(ids, ["t0", "t1"]);
        assert_eq!(stages_run(&kit, &ids), [QuestionType::TechnicalDesign]);
        let invited = questions_for(&kit, &ids);
        assert!(invited.stages[0].items.is_empty());
        assert_eq!(invited.stages[1].items.len(), 2);
        assert!(stage_questions(&kit, &[]).is_empty());
    }

    #[test]
    fn a_long_kit_is_cut_at_the_invitation_limit() {
        let kit = two_stage_kit(QUESTIONS_MAX);
        let all = stage_questions(
            &kit,
            &[QuestionType::Screening, QuestionType::TechnicalDesign],
        );
        assert_eq!(all.len(), QUESTIONS_MAX);
        assert_eq!(stages_run(&kit, &all), [QuestionType::Screening]);
    }

    use super::*;
    use crate::engine::kit::{assemble, StageBudgets};

    fn sample() -> Invitation {
        let spec = RoleSpec::default();
        let kit = assemble(&spec, &StageBudgets::default());
        let ids: Vec<String> = kit.stages[2].items.iter().map(|i| i.id().into()).collect();
        Invitation {
            round_id: "r-1718000000000-7".into(),
            interviewer: "Ana".into(),
            candidate_name: "Candidate K".into(),
            round_key: RoundPublicKey::sample(),
            spec,
            questions: questions_for(&kit, &ids),
        }
    }

    #[test]
    fn an_invitation_round_trips_and_carries_only_its_questions() {
        let invitation = sample();
        let link = encode_invitation(&invitation);
        let back = decode_invitation(&format!("https://x.test/app/{ROUTE_PREFIX}{link}"));
        assert_eq!(back.as_ref(), Ok(&invitation));
        let stages = &invitation.questions.stages;
        assert!(stages[0].items.is_empty() && !stages[2].items.is_empty());
        assert!(!invitation.assigned_competencies().is_empty());
    }

    #[test]
    fn an_invitation_without_questions_or_names_is_refused() {
        let mut empty = sample();
        empty.questions = Kit::default();
        let err = decode_invitation(&encode_invitation(&empty));
        assert!(matches!(err, Err(LinkError::Invalid(why)) if why.contains("1 to 30")));
        let mut nameless = sample();
        nameless.interviewer = "  ".into();
        assert!(validate(&nameless).is_err_and(|p| p[0].contains("interviewer")));
    }

    #[test]
    fn other_kinds_of_link_are_not_invitations() {
        let spec_link = crate::engine::link::spec::encode_spec(&RoleSpec::default());
        assert_eq!(decode_invitation(&spec_link), Err(LinkError::WrongKind));
    }
}
