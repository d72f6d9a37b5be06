//! Synthetic candidate pools for benchmarks and demos (budget B3).
//!
//! Deterministic: the same spec, sizes and seed always give the same pool, on every platform, so
//! the native and the browser benchmark measure the same work. Randomness is a SplitMix64
//! generator written here (no clock, no system randomness), which keeps the engine pure.

use super::candidate::{Candidate, CandidateStage, CompetencyRating, Recommendation, Scorecard};
use super::competency::{Competency, Rating};
use super::region::Region;
use super::role::{AiTier, RoleSpec};

/// SplitMix64: tiny, fast and good enough for test data (not for anything secret).
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0); the tiny modulo bias does not matter for test data.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}

/// `candidates` candidates, each with `cards_each` submitted scorecards that rate every competency.
/// Each candidate has a hidden level per competency near the spec's required level; each
/// interviewer rates it give or take one, so pools hold agreements, disagreements and failed gates.
pub fn synthetic_pool(
    spec: &RoleSpec,
    candidates: usize,
    cards_each: usize,
    seed: u64,
) -> Vec<Candidate> {
    let mut rng = SplitMix64::new(seed);
    let width = candidates.to_string().len().max(5);
    (0..candidates)
        .map(|n| {
            let mut candidate =
                Candidate::new(format!("c{n:0width$}"), format!("Candidate {}", n + 1), 0);
            candidate.region = Region::ALL[rng.below(Region::ALL.len() as u64) as usize];
            candidate.years = rng.below(16) as u8;
            candidate.ai_tier = AiTier::ALL[rng.below(AiTier::ALL.len() as u64) as usize];
            candidate.salary_ask = Some(30_000 + 1_000 * rng.below(150) as u32);
            candidate.stage = CandidateStage::Interviewing;
            let levels = Competency::ALL.map(|c| {
                let required = i64::from(spec.requirement(c).required.value());
                required + rng.below(3) as i64 - 1
            });
            candidate.scorecards = (0..cards_each)
                .map(|k| scorecard(&mut rng, k, &levels))
                .collect();
            candidate
        })
        .collect()
}

fn scorecard(rng: &mut SplitMix64, k: usize, levels: &[i64; Competency::ALL.len()]) -> Scorecard {
    let ratings: Vec<CompetencyRating> = Competency::ALL
        .iter()
        .zip(levels)
        .map(|(&competency, &level)| {
            let value = (level + rng.below(3) as i64 - 1).clamp(1, 4) as u8;
            CompetencyRating {
                competency,
                rating: Rating::from_value(value).unwrap_or(Rating::Solid),
                evidence: String::new(),
            }
        })
        .collect();
    let total: u32 = ratings.iter().map(|r| u32::from(r.rating.value())).sum();
    // Mean rating -> overall call: under 2 strong no, under 2.5 no, under 3.25 yes, else strong yes.
    let mean_x4 = total * 4 / ratings.len().max(1) as u32;
    let recommendation = match mean_x4 {
        0..=7 => Recommendation::StrongNo,
        8..=9 => Recommendation::No,
        10..=12 => Recommendation::Yes,
        _ => Recommendation::StrongYes,
    };
    Scorecard {
        interviewer: format!("Interviewer {}", k + 1),
        ratings,
        answers: Vec::new(),
        recommendation: Some(recommendation),
        submitted: true,
        updated_at: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::scoring::{rank, Verdict};

    #[test]
    fn pools_are_deterministic_and_complete() {
        let spec = RoleSpec::default();
        let a = synthetic_pool(&spec, 50, 4, 7);
        assert_eq!(a, synthetic_pool(&spec, 50, 4, 7));
        assert_ne!(a, synthetic_pool(&spec, 50, 4, 8));
        assert_eq!(a.len(), 50);
        assert_eq!(a[0].id, "c00000");
        assert!(a.iter().all(|c| c.scorecards.len() == 4
            && c.scorecards
                .iter()
                .all(|s| s.submitted && s.ratings.len() == Competency::ALL.len())));
    }

    #[test]
    fn pools_spread_across_verdicts() {
        let mut spec = RoleSpec::default();
        spec.competencies[4].must_have = true;
        let pool = synthetic_pool(&spec, 300, 4, 1);
        let ranked = rank(&spec, &pool);
        for v in [
            Verdict::Hire,
            Verdict::LeanHire,
            Verdict::LeanNoHire,
            Verdict::Blocked,
        ] {
            assert!(ranked.iter().any(|r| r.verdict == v), "{v:?}");
        }
    }

    #[test]
    fn the_generator_matches_splitmix64() {
        // Reference values of SplitMix64 seeded with 0.
        let mut rng = SplitMix64::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(rng.below(0), 0);
    }
}
