//! Reading the candidate profile's inputs (S1): one field enum and one pure function, so the
//! form needs a single callback and every rule about what may be typed is tested natively.

use crate::engine::candidate::CandidateStage;
use crate::engine::edit::CandidateEdit;
use crate::engine::input;
use crate::engine::region::Region;
use crate::engine::role::AiTier;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    Name,
    /// The value is a spec id, or empty for none.
    Spec,
    /// Selects carry the option's position in the enum's `ALL`.
    Region,
    AiTier,
    Stage,
    Years,
    /// Whole US dollars a year (`engine::input::money`); empty clears it.
    SalaryAsk,
}

/// Years of experience accepted (a typo like 150 is refused, not stored).
pub const MAX_YEARS: u8 = 60;

/// The edit one field's text stands for, or the reason the text cannot be used.
pub fn read_field(field: ProfileField, raw: &str) -> Result<CandidateEdit, String> {
    let pick = |len: usize| raw.parse::<usize>().ok().filter(|i| *i < len);
    Ok(match field {
        ProfileField::Name => CandidateEdit::Rename {
            name: raw.to_string(),
        },
        ProfileField::Spec => CandidateEdit::Spec {
            spec_id: (!raw.is_empty()).then(|| raw.to_string()),
        },
        ProfileField::Region => CandidateEdit::Region {
            region: pick(Region::ALL.len())
                .map(|i| Region::ALL[i])
                .ok_or("Choose a region from the list.")?,
        },
        ProfileField::AiTier => CandidateEdit::AiTier {
            tier: pick(AiTier::ALL.len())
                .map(|i| AiTier::ALL[i])
                .ok_or("Choose a tier from the list.")?,
        },
        ProfileField::Stage => CandidateEdit::Stage {
            stage: pick(CandidateStage::ALL.len())
                .map(|i| CandidateStage::ALL[i])
                .ok_or("Choose a stage from the list.")?,
        },
        ProfileField::Years => CandidateEdit::Years {
            years: input::years(raw, u64::from(MAX_YEARS))
                .map(|y| u8::try_from(y).unwrap_or(MAX_YEARS))?,
        },
        ProfileField::SalaryAsk => {
            let ask = match raw.trim() {
                "" => None,
                typed => Some(input::money(typed).map(|a| u32::try_from(a).unwrap_or(u32::MAX))?),
            };
            CandidateEdit::SalaryAsk { ask }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salary_accepts_separators_and_refuses_words() {
        let ask = |t| read_field(ProfileField::SalaryAsk, t);
        assert_eq!(
            ask("$75,000"),
            Ok(CandidateEdit::SalaryAsk { ask: Some(75_000) })
        );
        assert_eq!(ask(" "), Ok(CandidateEdit::SalaryAsk { ask: None }));
        assert_eq!(
            ask("85k"),
            Ok(CandidateEdit::SalaryAsk { ask: Some(85_000) })
        );
        assert!(ask("85.50").is_err());
        assert!(ask("90000k").is_err());
    }

    #[test]
    fn years_and_choices_stay_in_range() {
        let read = read_field;
        assert_eq!(
            read(ProfileField::Years, "7"),
            Ok(CandidateEdit::Years { years: 7 })
        );
        assert!(read(ProfileField::Years, "150").is_err());
        assert!(read(ProfileField::Years, "-1").is_err());
        let stage = CandidateEdit::Stage {
            stage: CandidateStage::Interviewing,
        };
        assert_eq!(read(ProfileField::Stage, "2"), Ok(stage));
        assert!(read(ProfileField::Region, "99").is_err());
        assert_eq!(
            read(ProfileField::Spec, ""),
            Ok(CandidateEdit::Spec { spec_id: None })
        );
    }
}
