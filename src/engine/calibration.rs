//! Calibration across candidates (M4): how each interviewer rates compared with the others.
//! Shown and explained to the hiring manager; never applied to a score unless they open the
//! calibrated view.
//!
//! An observation is one interviewer's evidence value (scoring step 1) for one competency of one
//! candidate. A *target* is a (candidate, competency) pair. Per interviewer, once the panel has
//! rated at least `MIN_CANDIDATES` candidates:
//! - leniency = the mean, over the targets they share with others, of (their rating - the mean
//!   of the other interviewers' ratings of that target); `None` when they share none;
//! - spread = the standard deviation of all their ratings (how much of the scale they use);
//! - skipped = assigned competencies (those their questions probe) left unrated, out of assigned.
//!
//! Calibrated view: each interviewer has an offset b, and each target a level t, fitted by least
//! squares to rating = t + b (alternating means until nothing moves by more than 1e-12). The
//! offsets are centred so their mean over all ratings is 0: calibration moves no rating on
//! average. Calibrated rating = rating - b. Leniency is the plain "offset from the others"; b is
//! the same idea with the others' own offsets taken out first (with two raters who rate the same
//! targets, b is half the leniency: each moves halfway).
//!
//! Adding a constant c to one interviewer's ratings raises their leniency by exactly c and moves
//! every calibrated rating by one common amount (c times that interviewer's share of all
//! ratings), so every comparison in the calibrated view stays as it was.

use super::candidate::{same_interviewer, RecordId, Scorecard};
use super::competency::Competency;
use super::scoring::evidence;
use crate::engine::order;

pub const MIN_CANDIDATES: usize = 3;
pub const LENIENCY_FORMULA: &str = "Leniency = average, over the competencies an interviewer \
rated for the same candidates as others, of (their rating - the others' average rating).";
pub const CALIBRATED_FORMULA: &str = "Calibrated rating = rating - the interviewer's offset, \
where the offsets and each candidate's levels are fitted together so that rating = level + \
offset as closely as possible, and the offsets average 0 over all ratings.";

#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub candidate: RecordId,
    pub interviewer: String,
    pub competency: Competency,
    pub rating: f64,
}

/// The competencies one interviewer was asked to assess for one candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub candidate: RecordId,
    pub interviewer: String,
    pub competencies: Vec<Competency>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RaterProfile {
    pub interviewer: String,
    pub candidates: usize,
    pub ratings: usize,
    pub leniency: Option<f64>,
    /// Targets that entered the leniency (shared with another interviewer).
    pub compared: usize,
    pub spread: Option<f64>,
    pub assigned: usize,
    pub skipped: usize,
}

/// Observations from each candidate's submitted cards.
pub fn observations(panels: &[(RecordId, Vec<Scorecard>)]) -> Vec<Observation> {
    panels
        .iter()
        .flat_map(|(candidate, cards)| {
            cards.iter().filter(|c| c.submitted).flat_map(move |card| {
                evidence(card)
                    .into_iter()
                    .map(move |(competency, rating)| Observation {
                        candidate: candidate.clone(),
                        interviewer: card.interviewer.trim().to_string(),
                        competency,
                        rating,
                    })
            })
        })
        .collect()
}

fn same_target(a: &Observation, b: &Observation) -> bool {
    a.candidate == b.candidate && a.competency == b.competency
}

fn interviewers(obs: &[Observation]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for o in obs {
        if !names.iter().any(|n| same_interviewer(n, &o.interviewer)) {
            names.push(o.interviewer.clone());
        }
    }
    order::sort_by_key(&mut names, |n| n.to_lowercase());
    names
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// One profile per interviewer, by name; `None` until `MIN_CANDIDATES` candidates are rated.
pub fn profiles(obs: &[Observation], assignments: &[Assignment]) -> Option<Vec<RaterProfile>> {
    let mut candidates: Vec<&str> = obs.iter().map(|o| o.candidate.as_str()).collect();
    order::sort(&mut candidates);
    candidates.dedup();
    if candidates.len() < MIN_CANDIDATES {
        return None;
    }
    let profiles = interviewers(obs)
        .into_iter()
        .map(|name| profile(obs, assignments, name))
        .collect();
    Some(profiles)
}

fn profile(obs: &[Observation], assignments: &[Assignment], name: String) -> RaterProfile {
    let mine: Vec<&Observation> = obs
        .iter()
        .filter(|o| same_interviewer(&o.interviewer, &name))
        .collect();
    let offsets: Vec<f64> = mine
        .iter()
        .filter_map(|m| {
            let others = obs
                .iter()
                .filter(|o| same_target(o, m) && !same_interviewer(&o.interviewer, &name));
            mean(others.map(|o| o.rating)).map(|avg| m.rating - avg)
        })
        .collect();
    let avg = mean(mine.iter().map(|o| o.rating));
    let spread = avg.map(|a| {
        let var = mean(mine.iter().map(|o| (o.rating - a).powi(2))).unwrap_or(0.0);
        var.sqrt()
    });
    let mut seen: Vec<&str> = mine.iter().map(|o| o.candidate.as_str()).collect();
    order::sort(&mut seen);
    seen.dedup();
    let (assigned, skipped) = assignments
        .iter()
        .filter(|a| same_interviewer(&a.interviewer, &name))
        .flat_map(|a| a.competencies.iter().map(move |c| (a, c)))
        .fold((0, 0), |(n, s), (a, c)| {
            let rated = mine
                .iter()
                .any(|o| o.candidate == a.candidate && o.competency == *c);
            (n + 1, s + usize::from(!rated))
        });
    RaterProfile {
        interviewer: name,
        candidates: seen.len(),
        ratings: mine.len(),
        leniency: mean(offsets.iter().copied()),
        compared: offsets.len(),
        spread,
        assigned,
        skipped,
    }
}

/// Each interviewer's fitted offset b (see the header), by name.
pub fn offsets(obs: &[Observation]) -> Vec<(String, f64)> {
    let names = interviewers(obs);
    let rater: Vec<usize> = obs
        .iter()
        .map(|o| {
            names
                .iter()
                .position(|n| same_interviewer(n, &o.interviewer))
                .unwrap_or(0)
        })
        .collect();
    let mut targets: Vec<(&str, Competency)> = Vec::new();
    let target: Vec<usize> = obs
        .iter()
        .map(|o| {
            let key = (o.candidate.as_str(), o.competency);
            targets.iter().position(|t| *t == key).unwrap_or_else(|| {
                targets.push(key);
                targets.len() - 1
            })
        })
        .collect();
    let mut b = vec![0.0; names.len()];
    let mut level = vec![0.0; targets.len()];
    for _ in 0..10_000 {
        let fit = |values: &mut [f64], index: &[usize], other: &[f64], other_index: &[usize]| {
            let mut sums = vec![(0.0, 0usize); values.len()];
            for (k, o) in obs.iter().enumerate() {
                let s = &mut sums[index[k]];
                s.0 += o.rating - other[other_index[k]];
                s.1 += 1;
            }
            let mut moved: f64 = 0.0;
            for (v, (sum, n)) in values.iter_mut().zip(sums) {
                let next = sum / n.max(1) as f64;
                moved = moved.max((next - *v).abs());
                *v = next;
            }
            moved
        };
        let moved_level = fit(&mut level, &target, &b, &rater);
        let moved_b = fit(&mut b, &rater, &level, &target);
        if moved_level.max(moved_b) < 1e-12 {
            break;
        }
    }
    let centre = mean(rater.iter().map(|&i| b[i])).unwrap_or(0.0);
    names
        .into_iter()
        .zip(b)
        .map(|(name, v)| (name, v - centre))
        .collect()
}

/// The observations with each interviewer's offset removed.
pub fn calibrated(obs: &[Observation]) -> Vec<Observation> {
    let offsets = offsets(obs);
    obs.iter()
        .map(|o| {
            let b = offsets
                .iter()
                .find(|(n, _)| same_interviewer(n, &o.interviewer))
                .map_or(0.0, |(_, b)| *b);
            Observation {
                rating: o.rating - b,
                ..o.clone()
            }
        })
        .collect()
}
