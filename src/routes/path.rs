//! Hash paths and routes, both ways, by hand: HireKit has seventeen fixed shapes of address, and
//! a general router with its history stack cost 56 KB of wasm to match them.
//!
//! A path is what follows `#` (`/candidates/c1/live`). Each `:name` part is percent-decoded
//! when read and percent-encoded when written, so any id survives the trip; anything that
//! matches no shape is the not-found route.

use super::Route;

impl Route {
    /// Every route's shape, in the order they are declared (the build paints a frame for each).
    pub const PATTERNS: [&'static str; 17] = [
        "/",
        "/specs",
        "/specs/:id",
        "/s/:payload",
        "/kit",
        "/kit/:spec_id",
        "/candidates",
        "/candidates/:id",
        "/candidates/:id/live",
        "/sc/:payload",
        "/i/:payload",
        "/r/:payload",
        "/salary",
        "/data",
        "/sources",
        "/sources/:id",
        "/404",
    ];

    /// The route a hash path stands for; a query (`?…`) and empty parts are ignored.
    pub fn recognize(path: &str) -> Route {
        let path = path.split('?').next().unwrap_or_default();
        let parts: Vec<String> = path
            .split('/')
            .filter(|p| !p.is_empty())
            .map(decode)
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let own = |part: &str| part.to_string();
        match parts.as_slice() {
            [] => Route::Home,
            ["specs"] => Route::Specs,
            ["specs", id] => Route::Spec { id: own(id) },
            ["s", payload] => Route::SharedSpec {
                payload: own(payload),
            },
            ["kit"] => Route::Kit,
            ["kit", spec_id] => Route::SpecKit {
                spec_id: own(spec_id),
            },
            ["candidates"] => Route::Candidates,
            ["candidates", id] => Route::Candidate { id: own(id) },
            ["candidates", id, "live"] => Route::LiveInterview { id: own(id) },
            ["sc", payload] => Route::ScorecardLink {
                payload: own(payload),
            },
            ["i", payload] => Route::Invitation {
                payload: own(payload),
            },
            ["r", payload] => Route::SealedReturn {
                payload: own(payload),
            },
            ["salary"] => Route::Salary,
            ["data"] => Route::Data,
            ["sources"] => Route::Sources,
            ["sources", id] => Route::Source { id: own(id) },
            _ => Route::NotFound,
        }
    }

    /// The hash path of this route, such as `/candidates/c1/live`.
    pub fn to_path(&self) -> String {
        let fixed = match self {
            Route::Home => "/",
            Route::Specs => "/specs",
            Route::Kit => "/kit",
            Route::Candidates => "/candidates",
            Route::Salary => "/salary",
            Route::Data => "/data",
            Route::Sources => "/sources",
            Route::NotFound => "/404",
            Route::Spec { id } => return format!("/specs/{}", encode(id)),
            Route::SharedSpec { payload } => return format!("/s/{}", encode(payload)),
            Route::SpecKit { spec_id } => return format!("/kit/{}", encode(spec_id)),
            Route::Candidate { id } => return format!("/candidates/{}", encode(id)),
            Route::LiveInterview { id } => return format!("/candidates/{}/live", encode(id)),
            Route::ScorecardLink { payload } => return format!("/sc/{}", encode(payload)),
            Route::Invitation { payload } => return format!("/i/{}", encode(payload)),
            Route::SealedReturn { payload } => return format!("/r/{}", encode(payload)),
            Route::Source { id } => return format!("/sources/{}", encode(id)),
        };
        fixed.to_string()
    }
}

/// `%XX` escapes back to bytes; text that is not UTF-8 afterwards keeps a replacement mark.
fn decode(part: &str) -> String {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = || std::str::from_utf8(bytes.get(at + 1..at + 3)?).ok();
        match (
            bytes[at],
            hex().and_then(|h| u8::from_str_radix(h, 16).ok()),
        ) {
            (b'%', Some(byte)) => {
                out.push(byte);
                at += 3;
            }
            (byte, _) => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every byte outside the URL-safe letters, digits and `-._~` written as `%XX`.
fn encode(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    for byte in part.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_shape() -> Vec<Route> {
        let x = || "x".to_string();
        vec![
            Route::Home,
            Route::Specs,
            Route::Spec { id: x() },
            Route::SharedSpec { payload: x() },
            Route::Kit,
            Route::SpecKit { spec_id: x() },
            Route::Candidates,
            Route::Candidate { id: x() },
            Route::LiveInterview { id: x() },
            Route::ScorecardLink { payload: x() },
            Route::Invitation { payload: x() },
            Route::SealedReturn { payload: x() },
            Route::Salary,
            Route::Data,
            Route::Sources,
            Route::Source { id: x() },
            Route::NotFound,
        ]
    }

    #[test]
    fn each_pattern_is_the_path_of_its_route() {
        for (route, pattern) in every_shape().iter().zip(Route::PATTERNS) {
            assert_eq!(
                route.to_path(),
                pattern
                    .replace(":id", "x")
                    .replace(":payload", "x")
                    .replace(":spec_id", "x")
            );
            assert_eq!(&Route::recognize(&route.to_path()), route, "{pattern}");
        }
    }

    #[test]
    fn ids_with_any_character_survive_the_trip() {
        for id in [
            "c-1",
            "a/b",
            "50% off",
            "x?y#z",
            "Ana María",
            "\u{202e}evil",
            "",
        ] {
            let route = Route::Candidate { id: id.to_string() };
            let back = Route::recognize(&route.to_path());
            if id.is_empty() {
                assert_eq!(back, Route::Candidates);
            } else {
                assert_eq!(back, route, "{id}");
            }
        }
    }

    #[test]
    fn unknown_or_damaged_paths_are_not_found() {
        for path in [
            "/nope",
            "/specs/a/b",
            "/candidates/c/dead",
            "x",
            "/%",
            "/s/%zz/more",
        ] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path}");
        }
        assert_eq!(Route::recognize("/%E2%28"), Route::NotFound);
        assert_eq!(
            Route::recognize("/s/%zz"),
            Route::SharedSpec {
                payload: "%zz".into()
            }
        );
    }

    #[test]
    fn queries_trailing_slashes_and_doubled_slashes_are_ignored() {
        assert_eq!(Route::recognize(""), Route::Home);
        assert_eq!(Route::recognize("/salary/"), Route::Salary);
        assert_eq!(Route::recognize("/salary?from=chat"), Route::Salary);
        assert_eq!(
            Route::recognize("//candidates//c1"),
            Route::Candidate { id: "c1".into() }
        );
    }
}
