//! A role spec as a share-link payload (R4): `#/s/<payload>`.
//!
//! The payload is the `envelope` envelope (kind `RoleSpec`, version `FORMAT_VERSION`) around this
//! body, written by hand so every byte is accounted for (format version 1):
//!
//! ```text
//! byte   levels   stage | seniority << 2 | ai_tier << 4 | english << 6   (2 bits each, enum order)
//! byte   flags    bit 0 contractor, bit 1 max_years present, bit 2 budget present
//! byte   min_years, [byte max_years], byte team_region index, byte min_overlap_hours
//! [varint budget.min, varint budget.max]
//! varint regions  bit i set = Region::ALL[i] chosen
//! varint n, then n x (byte competency index, byte weight | (required - 1) << 4 | must_have << 6)
//! text title, text language, list frameworks, list data_stores, list cloud   (see envelope::wire)
//! ```
//!
//! Regions travel as a set, so a decoded spec lists them in catalogue order
//! (`spec_rules::normalize`). Decoding parses into `WireSpec` (raw numbers), maps that onto the
//! domain type, then runs `spec_rules::validate`: a link is either a valid spec or an error.
//! A link never carries candidate data: the only input is a `RoleSpec`.

use super::envelope::wire::{ReadResult, Reader, Writer};
use super::envelope::{self, Limits, LinkError, PayloadKind};
use crate::engine::competency::{Competency, Rating};
use crate::engine::region::Region;
use crate::engine::role::{
    AiTier, Budget, CompetencyReq, Employment, EnglishLevel, ProductStage, RoleSpec, Seniority,
};
use crate::engine::spec_rules::{self, ITEM_MAX_BYTES, LIST_MAX_ITEMS};

/// The body format this build writes and the newest it reads.
pub const FORMAT_VERSION: u8 = 1;

/// Generous over the largest valid spec (about 1,600 characters), far under anything harmful.
pub const LIMITS: Limits = Limits {
    max_text: 4_096,
    max_body: 4_096,
};

/// The route prefix a spec link uses inside the URL fragment.
pub const ROUTE_PREFIX: &str = "#/s/";

const FLAG_CONTRACTOR: u8 = 1;
const FLAG_MAX_YEARS: u8 = 2;
const FLAG_BUDGET: u8 = 4;

/// The body exactly as it sits in a link: numbers not yet checked against the catalogues.
#[derive(Debug, Default, PartialEq)]
struct WireSpec {
    levels: u8,
    flags: u8,
    min_years: u8,
    max_years: u8,
    team_region: u8,
    min_overlap_hours: u8,
    budget: (u32, u32),
    regions: u64,
    competencies: Vec<(u8, u8)>,
    title: String,
    language: String,
    lists: [Vec<String>; 3],
}

/// The link payload for `spec` (append it to `ROUTE_PREFIX`).
pub fn encode_spec(spec: &RoleSpec) -> String {
    envelope::seal(PayloadKind::RoleSpec, FORMAT_VERSION, &spec_body(spec))
}

/// The spec's body in format `FORMAT_VERSION`, for other payloads that carry a spec (invitations).
pub fn spec_body(spec: &RoleSpec) -> Vec<u8> {
    write(&to_wire(spec))
}

/// Reads and validates a body made by `spec_body`; the reason comes back in words.
pub fn spec_from_body(body: &[u8]) -> Result<RoleSpec, LinkError> {
    let wire = read(body).map_err(|why| LinkError::Invalid(format!("{why}.")))?;
    let spec = from_wire(wire).map_err(|why| LinkError::Invalid(format!("{why}.")))?;
    spec_rules::validate(&spec).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        LinkError::Invalid(list.join(" "))
    })?;
    Ok(spec)
}

/// Reads a payload; also accepts a whole copied URL and takes what follows `#/s/`.
pub fn decode_spec(payload: &str) -> Result<RoleSpec, LinkError> {
    let payload = payload
        .rsplit_once(ROUTE_PREFIX)
        .map_or(payload, |(_, tail)| tail);
    let body = envelope::open_version(PayloadKind::RoleSpec, payload, LIMITS, FORMAT_VERSION)?;
    spec_from_body(&body)
}

fn position<T: PartialEq>(all: &[T], item: &T) -> u8 {
    all.iter().position(|x| x == item).map_or(0, |i| i as u8)
}

fn to_wire(spec: &RoleSpec) -> WireSpec {
    let levels = position(&ProductStage::ALL, &spec.stage)
        | position(&Seniority::ALL, &spec.seniority) << 2
        | position(&AiTier::ALL, &spec.ai_tier) << 4
        | position(&EnglishLevel::ALL, &spec.english) << 6;
    let mut flags = 0;
    if spec.employment == Employment::Contractor {
        flags |= FLAG_CONTRACTOR;
    }
    if spec.max_years.is_some() {
        flags |= FLAG_MAX_YEARS;
    }
    if spec.budget.is_some() {
        flags |= FLAG_BUDGET;
    }
    WireSpec {
        levels,
        flags,
        min_years: spec.min_years,
        max_years: spec.max_years.unwrap_or(0),
        team_region: spec.team_region.index(),
        min_overlap_hours: spec.min_overlap_hours,
        budget: spec.budget.map_or((0, 0), |b| (b.min, b.max)),
        regions: spec.regions.iter().fold(0, |m, r| m | 1 << r.index()),
        competencies: spec
            .competencies
            .iter()
            .map(|r| {
                let packed = (r.weight & 0x0F)
                    | (r.required.value().saturating_sub(1) & 3) << 4
                    | u8::from(r.must_have) << 6;
                (r.competency.index(), packed)
            })
            .collect(),
        title: spec.title.clone(),
        language: spec.language.clone(),
        lists: [
            spec.frameworks.clone(),
            spec.data_stores.clone(),
            spec.cloud.clone(),
        ],
    }
}

fn write(w: &WireSpec) -> Vec<u8> {
    let mut out = Writer::new();
    out.byte(w.levels);
    out.byte(w.flags);
    out.byte(w.min_years);
    if w.flags & FLAG_MAX_YEARS != 0 {
        out.byte(w.max_years);
    }
    out.byte(w.team_region);
    out.byte(w.min_overlap_hours);
    if w.flags & FLAG_BUDGET != 0 {
        out.varint(u64::from(w.budget.0));
        out.varint(u64::from(w.budget.1));
    }
    out.varint(w.regions);
    out.varint(w.competencies.len() as u64);
    for &(index, packed) in &w.competencies {
        out.byte(index);
        out.byte(packed);
    }
    out.text(&w.title);
    out.text(&w.language);
    for list in &w.lists {
        out.texts(list);
    }
    out.finish()
}

fn read(body: &[u8]) -> ReadResult<WireSpec> {
    let mut r = Reader::new(body);
    let mut w = WireSpec {
        levels: r.byte()?,
        flags: r.byte()?,
        min_years: r.byte()?,
        ..WireSpec::default()
    };
    if w.flags & FLAG_MAX_YEARS != 0 {
        w.max_years = r.byte()?;
    }
    w.team_region = r.byte()?;
    w.min_overlap_hours = r.byte()?;
    if w.flags & FLAG_BUDGET != 0 {
        w.budget = (r.varint_u32()?, r.varint_u32()?);
    }
    w.regions = r.varint()?;
    let count = r.len(Competency::ALL.len())?;
    for _ in 0..count {
        w.competencies.push((r.byte()?, r.byte()?));
    }
    w.title = r.text(spec_rules::TITLE_MAX_BYTES)?;
    w.language = r.text(spec_rules::LANGUAGE_MAX_BYTES)?;
    for list in &mut w.lists {
        *list = r.texts(LIST_MAX_ITEMS, ITEM_MAX_BYTES)?;
    }
    r.finish()?;
    Ok(w)
}

fn pick<T: Copy>(all: &[T], index: u8, what: &str) -> Result<T, String> {
    all.get(usize::from(index))
        .copied()
        .ok_or_else(|| format!("it names an unknown {what}"))
}

fn from_wire(w: WireSpec) -> Result<RoleSpec, String> {
    if w.flags & !(FLAG_CONTRACTOR | FLAG_MAX_YEARS | FLAG_BUDGET) != 0 {
        return Err("it uses options this version does not know".into());
    }
    if w.regions >> Region::ALL.len() != 0 {
        return Err("it names an unknown region".into());
    }
    let competencies = w
        .competencies
        .iter()
        .map(|&(index, packed)| {
            if packed >> 7 != 0 {
                return Err("a competency setting is out of range".to_string());
            }
            Ok(CompetencyReq {
                competency: pick(&Competency::ALL, index, "competency")?,
                weight: packed & 0x0F,
                required: pick(&Rating::ALL, packed >> 4 & 3, "level")?,
                must_have: packed & 0x40 != 0,
            })
        })
        .collect::<Result<_, _>>()?;
    let [frameworks, data_stores, cloud] = w.lists;
    Ok(RoleSpec {
        title: w.title,
        stage: pick(&ProductStage::ALL, w.levels & 3, "product stage")?,
        seniority: pick(&Seniority::ALL, w.levels >> 2 & 3, "level")?,
        min_years: w.min_years,
        max_years: (w.flags & FLAG_MAX_YEARS != 0).then_some(w.max_years),
        language: w.language,
        frameworks,
        data_stores,
        cloud,
        competencies,
        ai_tier: pick(&AiTier::ALL, w.levels >> 4 & 3, "AI-fluency tier")?,
        regions: Region::ALL
            .iter()
            .copied()
            .filter(|r| w.regions >> r.index() & 1 == 1)
            .collect(),
        team_region: pick(&Region::ALL, w.team_region, "team region")?,
        min_overlap_hours: w.min_overlap_hours,
        english: pick(&EnglishLevel::ALL, w.levels >> 6 & 3, "English level")?,
        employment: if w.flags & FLAG_CONTRACTOR != 0 {
            Employment::Contractor
        } else {
            Employment::FullTime
        },
        budget: (w.flags & FLAG_BUDGET != 0).then_some(Budget {
            min: w.budget.0,
            max: w.budget.1,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_spec_round_trips() {
        let spec = RoleSpec {
            budget: Some(Budget {
                min: 40_000,
                max: 60_000,
            }),
            employment: Employment::Contractor,
            frameworks: vec!["Axum".into(), "Tokio".into()],
            ..RoleSpec::default()
        };
        assert_eq!(decode_spec(&encode_spec(&spec)), Ok(spec));
    }

    #[test]
    fn a_whole_url_is_accepted() {
        let spec = RoleSpec::default();
        let url = format!(
            "https://example.org/hirekit/{ROUTE_PREFIX}{}",
            encode_spec(&spec)
        );
        assert_eq!(decode_spec(&url), Ok(spec));
    }

    #[test]
    fn the_wire_layer_round_trips() {
        let wire = to_wire(&spec_rules::largest_valid_spec());
        assert_eq!(read(&write(&wire)), Ok(wire));
    }

    #[test]
    fn the_worst_case_body_stays_inside_the_documented_bound() {
        let body = write(&to_wire(&spec_rules::largest_valid_spec()));
        assert!(body.len() <= spec_rules::MAX_SPEC_BODY_BYTES);
    }

    #[test]
    fn newer_and_invalid_contents_are_refused() {
        let body = write(&to_wire(&RoleSpec::default()));
        let newer = envelope::seal(PayloadKind::RoleSpec, FORMAT_VERSION + 1, &body);
        assert_eq!(
            decode_spec(&newer),
            Err(LinkError::NewerVersion {
                found: 2,
                supported: 1
            })
        );
        let invalid = RoleSpec {
            title: String::new(),
            ..RoleSpec::default()
        };
        let err = decode_spec(&encode_spec(&invalid));
        assert!(matches!(err, Err(LinkError::Invalid(why)) if why.contains("Title")));
        let mut bad_region = to_wire(&RoleSpec::default());
        bad_region.team_region = 200;
        let link = envelope::seal(PayloadKind::RoleSpec, FORMAT_VERSION, &write(&bad_region));
        assert!(matches!(decode_spec(&link), Err(LinkError::Invalid(_))));
        let junk = envelope::seal(PayloadKind::RoleSpec, FORMAT_VERSION, b"\x01\x02");
        assert!(matches!(decode_spec(&junk), Err(LinkError::Invalid(_))));
    }
}
