//! Every publisher HireKit cites (feature P6), for the `#/sources` screen: who they are, what
//! the product takes from them and from when. Citations in the app are plain text such as
//! "South, 2026 salary guide"; `cited_in` finds the publishers a citation names, so each one can
//! link to its entry.

use crate::engine::order;

/// One cited publisher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Publisher {
    /// Stable id, used in the `#/sources/<id>` address.
    pub id: &'static str,
    pub name: &'static str,
    /// What they published that we read.
    pub work: &'static str,
    /// The date of the work, as precise as the publisher gives it.
    pub when: &'static str,
    /// What HireKit takes from it, and where in the app.
    pub taken: &'static [&'static str],
    /// Words in a citation that name this publisher (matched case-sensitively, as written).
    names: &'static [&'static str],
}

/// Every publisher, in the order the Sources screen lists them.
pub const PUBLISHERS: [Publisher; 12] = [
    Publisher {
        id: "south",
        name: "South",
        work: "A hiring guide for backend developers, and its salary guide for 2026",
        when: "2026 (the salary guide); the hiring guide is undated",
        taken: &[
            "The salary bands for Latin America and the United States at entry, mid and senior level, with their open tops (Salary).",
            "That Latin American pay runs well below US pay for the same level (Salary).",
            "What a backend developer owns, early-stage versus mature platforms, and the interview topics our questions are written around (Role specs, Interview kit).",
        ],
        names: &["South"],
    },
    Publisher {
        id: "betterway-devs",
        name: "BetterWay Devs",
        work: "A guide to hiring back-end developers",
        when: "Undated",
        taken: &[
            "The junior and senior split: up to 3 years for junior, 5 or more for senior (Role specs).",
            "Skills and tools lists, hiring considerations and the onboarding steps (Role specs, Interview kit).",
        ],
        names: &["BetterWay"],
    },
    Publisher {
        id: "trio",
        name: "Trio",
        work: "A developer hiring guide on what a backend developer does",
        when: "Undated",
        taken: &[
            "The average US backend developer salary, about $102,900 a year (Salary).",
            "Daily responsibilities, essential skills and common frameworks (Role specs).",
        ],
        names: &["Trio"],
    },
    Publisher {
        id: "terminal",
        name: "Terminal",
        work: "A page on hiring remote backend developers",
        when: "Undated",
        taken: &[
            "The three AI-fluency tiers, Assisted, Enabled and Native, in the role spec and on candidate profiles.",
            "Role areas, the skill bar, experience bands and the hiring steps (Role specs, Interview kit).",
        ],
        names: &["Terminal"],
    },
    Publisher {
        id: "employer-cost-guides",
        name: "Deel, Oyster and Remote",
        work: "Their employer-cost guides for hiring in the United States",
        when: "Undated",
        taken: &[
            "That a US hire commonly costs 1.25 to 1.4 times salary in total: the 30% default US on-cost (Salary).",
        ],
        names: &["Deel", "Oyster"],
    },
    Publisher {
        id: "idb",
        name: "Inter-American Development Bank",
        work: "A study of non-wage labour costs in Latin America and the Caribbean",
        when: "2017",
        taken: &[
            "The 49% default on-cost for Latin America, and about 70% for Argentina and Peru (Salary).",
        ],
        names: &["Inter-American Development Bank", "IDB"],
    },
    Publisher {
        id: "payroll-guides",
        name: "Country payroll guides",
        work: "Payroll guides for Mexico, Colombia and Brazil",
        when: "Undated; used as rough defaults only",
        taken: &[
            "The rough on-costs for Mexico (36%), Colombia (20.5%) and Brazil (39.11%), each labelled rough and editable (Salary).",
        ],
        names: &["payroll guides"],
    },
    Publisher {
        id: "schmidt-hunter",
        name: "Schmidt & Hunter",
        work: "A review of how well hiring methods predict job performance, Psychological Bulletin",
        when: "1998",
        taken: &[
            "Validity of .51 for structured interviews against .38 for unstructured ones (Interview kit).",
        ],
        names: &["Schmidt"],
    },
    Publisher {
        id: "sackett",
        name: "Sackett, Zhang, Berry & Lievens",
        work: "A re-analysis of those validities, Journal of Applied Psychology",
        when: "2022",
        taken: &[
            "Validity of .42 for structured interviews against .19 for unstructured ones (Interview kit).",
        ],
        names: &["Sackett"],
    },
    Publisher {
        id: "ats-vendors",
        name: "Greenhouse, Lever and Workable",
        work: "How their hiring software handles interview feedback",
        when: "Undated",
        taken: &[
            "Hiding the other interviewers' ratings until one's own scorecard is submitted (Candidates).",
        ],
        names: &["Greenhouse", "Lever", "Workable"],
    },
    Publisher {
        id: "huffcutt",
        name: "Huffcutt, Culbertson & Weyhrauch",
        work: "A meta-analysis of how reliable employment interviews are, by their structure and format, International Journal of Selection and Assessment",
        when: "2013",
        taken: &[
            "A reliability of .44 for one interviewer's rating when each interviewer sees the candidate separately, which the Spearman-Brown formula turns into the panel reliability (Candidates, debrief).",
        ],
        names: &["Huffcutt"],
    },
    Publisher {
        id: "kuncel",
        name: "Kuncel, Klieger, Connelly & Ones",
        work: "A meta-analysis comparing ratings combined by formula with overall judgements of the same data, in selection and admissions, Journal of Applied Psychology",
        when: "2013",
        taken: &[
            "Why the debrief shows the mechanical result first, before any discussion (Candidates, debrief).",
        ],
        names: &["Kuncel"],
    },
];

pub fn publisher(id: &str) -> Option<&'static Publisher> {
    PUBLISHERS.iter().find(|p| p.id == id)
}

/// Where each publisher is first named in a citation: (start, end, publisher), by start.
fn mentions(citation: &str) -> Vec<(usize, usize, &'static Publisher)> {
    let mut found: Vec<(usize, usize, &'static Publisher)> = PUBLISHERS
        .iter()
        .filter_map(|p| {
            p.names
                .iter()
                .filter_map(|name| citation.find(name).map(|at| (at, at + name.len(), p)))
                .min_by_key(|m| m.0)
        })
        .collect();
    order::sort_by_key(&mut found, |m| m.0);
    found
}

/// The publishers a citation names, in the order they appear in it, each once. A citation that
/// names none (such as "Your figures") gives an empty list.
pub fn cited_in(citation: &str) -> Vec<&'static Publisher> {
    mentions(citation).into_iter().map(|m| m.2).collect()
}

/// A piece of a citation: plain words, or a publisher's name that links to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitationPart<'a> {
    Text(&'a str),
    Name(&'a str, &'static Publisher),
}

/// A citation cut into plain text and linked names; the pieces join back to the citation.
pub fn citation_parts(citation: &str) -> Vec<CitationPart<'_>> {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end, p) in mentions(citation) {
        if start < at {
            continue; // overlaps the previous name
        }
        if start > at {
            parts.push(CitationPart::Text(&citation[at..start]));
        }
        parts.push(CitationPart::Name(&citation[start..end], p));
        at = end;
    }
    if at < citation.len() {
        parts.push(CitationPart::Text(&citation[at..]));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::region::{Market, Region};
    use crate::engine::salary::{default_on_cost, market_on_cost, SOUTH_2026, US_AVERAGE_SOURCE};

    fn ids(citation: &str) -> Vec<&'static str> {
        cited_in(citation).iter().map(|p| p.id).collect()
    }

    #[test]
    fn every_figure_the_salary_engine_cites_has_an_entry() {
        assert_eq!(ids(SOUTH_2026), ["south"]);
        assert_eq!(ids(US_AVERAGE_SOURCE), ["trio"]);
        assert_eq!(
            ids(market_on_cost(Market::UnitedStates).source),
            ["employer-cost-guides"]
        );
        assert_eq!(ids(market_on_cost(Market::LatinAmerica).source), ["idb"]);
        for region in Region::ALL {
            assert_eq!(ids(default_on_cost(region).source).len(), 1, "{region:?}");
        }
    }

    #[test]
    fn a_citation_of_several_names_each_in_order_and_own_figures_name_none() {
        assert_eq!(
            ids("salary, South, 2026 salary guide; on-cost, Inter-American Development Bank, 2017"),
            ["south", "idb"]
        );
        assert_eq!(
            ids("Schmidt & Hunter (1998); Sackett, Zhang, Berry & Lievens (2022)"),
            ["schmidt-hunter", "sackett"]
        );
        assert!(ids("Your figures").is_empty());
        assert!(ids("the rate you enter").is_empty());
    }

    #[test]
    fn citation_parts_join_back_to_the_citation_with_names_linked() {
        let text =
            "salary, South, 2026 salary guide; on-cost, Inter-American Development Bank, 2017";
        let parts = citation_parts(text);
        let joined: String = parts
            .iter()
            .map(|p| match p {
                CitationPart::Text(t) | CitationPart::Name(t, _) => *t,
            })
            .collect();
        assert_eq!(joined, text);
        let names: Vec<(&str, &str)> = parts
            .iter()
            .filter_map(|p| match p {
                CitationPart::Name(t, publisher) => Some((*t, publisher.id)),
                CitationPart::Text(_) => None,
            })
            .collect();
        assert_eq!(
            names,
            [
                ("South", "south"),
                ("Inter-American Development Bank", "idb")
            ]
        );
        assert_eq!(
            citation_parts("Your figures"),
            [CitationPart::Text("Your figures")]
        );
        assert!(citation_parts("").is_empty());
    }

    #[test]
    fn ids_are_unique_and_every_entry_says_what_was_taken() {
        for (i, p) in PUBLISHERS.iter().enumerate() {
            assert!(!p.taken.is_empty() && !p.when.is_empty(), "{}", p.id);
            assert!(PUBLISHERS[..i].iter().all(|q| q.id != p.id), "{}", p.id);
            assert_eq!(publisher(p.id), Some(p));
            // A publisher's own name finds it.
            assert!(ids(p.name).contains(&p.id), "{}", p.id);
        }
        assert_eq!(publisher("nobody"), None);
    }
}
