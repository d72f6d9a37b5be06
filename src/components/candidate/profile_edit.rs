//! Reading the candidate profile's inputs (S1): one field enum and one pure function, so the
//! form needs a single callback and every rule about what may be typed is tested natively.

use crate::engine::candidate::{Candidate, CandidateStage};
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
    /// Whole US dollars a year; empty clears it. Commas, spaces and "$" are allowed.
    SalaryAsk,
}

/// Years of experience accepted (a typo like 150 is refused, not stored).
pub const MAX_YEARS: u8 = 60;

/// The candidate with one field changed, or the reason the text cannot be used.
pub fn apply_field(
    candidate: &Candidate,
    field: ProfileField,
    raw: &str,
) -> Result<Candidate, String> {
    let mut next = candidate.clone();
    let pick = |len: usize| raw.parse::<usize>().ok().filter(|i| *i < len);
    match field {
        ProfileField::Name => next.name = raw.to_string(),
        ProfileField::Spec => next.spec_id = (!raw.is_empty()).then(|| raw.to_string()),
        ProfileField::Region => {
            next.region = pick(Region::ALL.len())
                .map(|i| Region::ALL[i])
                .ok_or("Choose a region from the list.")?
        }
        ProfileField::AiTier => {
            next.ai_tier = pick(AiTier::ALL.len())
                .map(|i| AiTier::ALL[i])
                .ok_or("Choose a tier from the list.")?
        }
        ProfileField::Stage => {
            next.stage = pick(CandidateStage::ALL.len())
                .map(|i| CandidateStage::ALL[i])
                .ok_or("Choose a stage from the list.")?
        }
        ProfileField::Years => {
            next.years = raw
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|y| *y <= MAX_YEARS)
                .ok_or(format!("Enter whole years, from 0 to {MAX_YEARS}."))?
        }
        ProfileField::SalaryAsk => {
            let digits: String = raw
                .chars()
                .filter(|c| !matches!(c, ',' | ' ' | '$'))
                .collect();
            next.salary_ask = if digits.is_empty() {
                None
            } else {
                Some(digits.parse::<u32>().map_err(|_| {
                    "Enter the yearly ask in whole US dollars, for example 75,000.".to_string()
                })?)
            };
        }
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ana() -> Candidate {
        Candidate::new("c".into(), "Ana".into(), 0)
    }

    #[test]
    fn salary_accepts_separators_and_refuses_words() {
        let c = apply_field(&ana(), ProfileField::SalaryAsk, "$75,000").map(|c| c.salary_ask);
        assert_eq!(c, Ok(Some(75_000)));
        let c = apply_field(&ana(), ProfileField::SalaryAsk, " ").map(|c| c.salary_ask);
        assert_eq!(c, Ok(None));
        assert!(apply_field(&ana(), ProfileField::SalaryAsk, "75k").is_err());
    }

    #[test]
    fn years_and_choices_stay_in_range() {
        assert_eq!(
            apply_field(&ana(), ProfileField::Years, "7").map(|c| c.years),
            Ok(7)
        );
        assert!(apply_field(&ana(), ProfileField::Years, "150").is_err());
        assert!(apply_field(&ana(), ProfileField::Years, "-1").is_err());
        let c = apply_field(&ana(), ProfileField::Stage, "2").map(|c| c.stage);
        assert_eq!(c, Ok(CandidateStage::Interviewing));
        assert!(apply_field(&ana(), ProfileField::Region, "99").is_err());
        let c = apply_field(&ana(), ProfileField::Spec, "").map(|c| c.spec_id);
        assert_eq!(c, Ok(None));
    }
}
