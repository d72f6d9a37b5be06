//! The competency catalogue and the anchored 1-4 rating scale.
//!
//! Every tool speaks this vocabulary: role specs weight competencies, questions probe them,
//! scorecards rate them. The areas are the ones the source guides name for backend developers;
//! the descriptions are our own words. The order of `Competency::ALL` is part of the share-link
//! format (a competency travels as its index), so new areas are only ever appended.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Competency {
    LanguagesFrameworks,
    ApiDesign,
    Databases,
    Caching,
    Security,
    DistributedSystems,
    CloudDevops,
    Observability,
    Performance,
    Testing,
    RealTime,
    Integrations,
    AiFluency,
    SoftSkills,
}

impl Competency {
    /// Every area, in catalogue order (stable: links encode the index).
    pub const ALL: [Competency; 14] = [
        Competency::LanguagesFrameworks,
        Competency::ApiDesign,
        Competency::Databases,
        Competency::Caching,
        Competency::Security,
        Competency::DistributedSystems,
        Competency::CloudDevops,
        Competency::Observability,
        Competency::Performance,
        Competency::Testing,
        Competency::RealTime,
        Competency::Integrations,
        Competency::AiFluency,
        Competency::SoftSkills,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Competency::LanguagesFrameworks => "Languages and frameworks",
            Competency::ApiDesign => "API design",
            Competency::Databases => "Databases",
            Competency::Caching => "Caching",
            Competency::Security => "Security",
            Competency::DistributedSystems => "Distributed systems",
            Competency::CloudDevops => "Cloud and DevOps",
            Competency::Observability => "Observability",
            Competency::Performance => "Performance and scalability",
            Competency::Testing => "Testing",
            Competency::RealTime => "Real-time systems",
            Competency::Integrations => "Integrations",
            Competency::AiFluency => "AI fluency",
            Competency::SoftSkills => "Communication and teamwork",
        }
    }

    /// One line, our own words, shown next to weights and in the question bank filter.
    pub fn description(self) -> &'static str {
        match self {
            Competency::LanguagesFrameworks => {
                "Writes idiomatic, maintainable code in the team's server language and its main frameworks."
            }
            Competency::ApiDesign => {
                "Shapes REST, GraphQL or gRPC interfaces that are consistent, versioned, paginated and documented."
            }
            Competency::Databases => {
                "Models data, picks between relational and NoSQL stores, indexes, tunes queries and runs safe migrations."
            }
            Competency::Caching => {
                "Puts caches such as Redis or Memcached where they pay off and keeps them correct when data changes."
            }
            Competency::Security => {
                "Guards against injection and forgery, handles sign-in and permissions, encrypts data, respects privacy law."
            }
            Competency::DistributedSystems => {
                "Reasons about consistency, retries, idempotency, queues and failure across many services."
            }
            Competency::CloudDevops => {
                "Ships through containers, pipelines and a major cloud provider without hand-holding."
            }
            Competency::Observability => {
                "Makes a running system explain itself with logs, metrics, traces and runbooks."
            }
            Competency::Performance => {
                "Finds the real bottleneck, measures before changing it, and plans for growth in load."
            }
            Competency::Testing => {
                "Chooses unit, integration, contract and property tests that catch real regressions."
            }
            Competency::RealTime => {
                "Builds live features over WebSockets or streams and keeps them reliable under load."
            }
            Competency::Integrations => {
                "Connects payment, identity and business systems and copes with their failures and quirks."
            }
            Competency::AiFluency => {
                "Uses AI tools to move faster while still owning correctness, review and security."
            }
            Competency::SoftSkills => {
                "Explains trade-offs clearly in English, works across time zones, mentors and stays calm in incidents."
            }
        }
    }

    /// Stable position in `ALL`: the share-link format encodes competencies by this index.
    pub fn index(self) -> u8 {
        Competency::ALL
            .iter()
            .position(|c| *c == self)
            .map_or(0, |i| i as u8)
    }

    pub fn from_index(index: u8) -> Option<Competency> {
        Competency::ALL.get(usize::from(index)).copied()
    }
}

/// The anchored scale every rating uses. Each level has a written meaning, so two interviewers
/// who give a 3 mean the same thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Rating {
    Gap = 1,
    Partial = 2,
    Solid = 3,
    Strong = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Gap, Rating::Partial, Rating::Solid, Rating::Strong];

    pub fn value(self) -> u8 {
        self as u8
    }

    pub fn from_value(value: u8) -> Option<Rating> {
        Rating::ALL.get(usize::from(value).wrapping_sub(1)).copied()
    }

    pub fn label(self) -> &'static str {
        match self {
            Rating::Gap => "Gap",
            Rating::Partial => "Partial",
            Rating::Solid => "Solid",
            Rating::Strong => "Strong",
        }
    }

    /// What the level means, shown beside every rating control.
    pub fn meaning(self) -> &'static str {
        match self {
            Rating::Gap => {
                "Could not show this skill, or showed a misunderstanding that would hurt the team."
            }
            Rating::Partial => {
                "Knows the basics but needs close support to apply them at this level."
            }
            Rating::Solid => {
                "Meets the bar: works on this independently at the level the role needs."
            }
            Rating::Strong => "Above the bar: handles the hard cases and could teach others.",
        }
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        rating.value()
    }
}

impl TryFrom<u8> for Rating {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Rating::from_value(value).ok_or_else(|| format!("a rating must be 1 to 4, not {value}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_round_trips_for_every_area() {
        for (i, c) in Competency::ALL.iter().enumerate() {
            assert_eq!(c.index() as usize, i);
            assert_eq!(Competency::from_index(i as u8), Some(*c));
        }
        assert_eq!(Competency::from_index(14), None);
    }

    #[test]
    fn rating_values_are_one_to_four() {
        assert_eq!(Rating::from_value(0), None);
        assert_eq!(Rating::from_value(1), Some(Rating::Gap));
        assert_eq!(Rating::from_value(4), Some(Rating::Strong));
        assert_eq!(Rating::from_value(5), None);
        assert_eq!(serde_json::to_string(&Rating::Solid).unwrap(), "3");
        assert!(serde_json::from_str::<Rating>("7").is_err());
    }
}
