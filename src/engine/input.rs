//! One input toolkit: reading what people type for money, whole numbers, minutes and years.
//!
//! Every reader takes the text as typed and gives the value or a message that says what to type.
//! A field keeps showing the typed text until it reads (see `components::draft_field`), so a
//! refusal never puts an old value back on screen.
//!
//! Money, in whole US dollars a year:
//! - separators are allowed and ignored: "85,000", "85 000", "$85,000", "USD 85000";
//! - "k" or "K" means thousands: "85k" is 85,000 and "85.5k" is 85,500;
//! - a dot followed by exactly three digits is a thousands separator, as in much of Latin
//!   America: "85.000" is 85,000 and "1.250.000" is 1,250,000. Any other dot would be cents,
//!   which HireKit does not keep: "85.50" is refused with a message;
//! - refused: words, a minus sign, more than one "k", and amounts over `MONEY_MAX`.
//!
//! Whole numbers ("1,000", "1 000") are read the same way, without currency or "k", then checked
//! against the field's range; minutes and years also take a unit after them ("45 min", "5 years").
//!
//! Lists ("Django, FastAPI") are split at commas; blank items are dropped, so a list never refuses.

/// The largest yearly amount accepted: anything above is a typo (a "k" too many).
pub const MONEY_MAX: u64 = 10_000_000;

/// A yearly amount in whole US dollars.
pub fn money(text: &str) -> Result<u64, String> {
    let refused = || "Type a yearly amount in US dollars, such as 85,000 or 85k.".to_string();
    let mut rest = text.trim();
    for prefix in ["USD", "usd", "US$", "$"] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest).trim_start();
    }
    let (number, thousands) = match rest.strip_suffix(['k', 'K']) {
        Some(number) => (number.trim_end(), true),
        None => (rest, false),
    };
    if number.is_empty() || number.starts_with('-') {
        return Err(refused());
    }
    let value = if thousands {
        // "85.5k": one decimal point is allowed before the k.
        let (whole, part) = number.split_once('.').unwrap_or((number, ""));
        if part.len() > 3 || !part.chars().all(|c| c.is_ascii_digit()) {
            return Err(refused());
        }
        let whole = digits(whole).ok_or_else(refused)?;
        let scale = 10u64.pow(3 - part.len() as u32);
        let part = if part.is_empty() {
            0
        } else {
            digits(part).ok_or_else(refused)?
        };
        whole
            .checked_mul(1_000)
            .and_then(|w| w.checked_add(part * scale))
    } else {
        let groups: Vec<&str> = number.split('.').collect();
        if groups.len() > 1 && groups[1..].iter().any(|g| g.len() != 3) {
            return Err("Type whole dollars without cents, such as 85,000.".to_string());
        }
        digits(&groups.concat())
    };
    match value {
        Some(v) if v <= MONEY_MAX => Ok(v),
        Some(_) | None
            if number
                .chars()
                .all(|c| c.is_ascii_digit() || ",. ".contains(c)) =>
        {
            Err("That is more than 10,000,000 a year: check the number.".to_string())
        }
        _ => Err(refused()),
    }
}

/// A whole number from `min` to `max`; `what` names it in the message ("weeks", "people").
pub fn whole(text: &str, min: u64, max: u64, what: &str) -> Result<u64, String> {
    let refused = || format!("Type whole {what}, from {min} to {max}.");
    let value = digits(text.trim()).ok_or_else(refused)?;
    (min..=max)
        .contains(&value)
        .then_some(value)
        .ok_or_else(refused)
}

/// Minutes for a question or a stage, from `min` to `max`: "45" or "45 min".
pub fn minutes(text: &str, min: u64, max: u64) -> Result<u64, String> {
    let number = strip_unit(text, &["minutes", "minute", "mins", "min", "m"]);
    whole(number, min, max, "minutes")
}

/// Items separated by commas: " Django,, FastAPI , " is ["Django", "FastAPI"].
pub fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

/// A list as `list` reads it back: "Django, FastAPI".
pub fn join_list(items: &[String]) -> String {
    items.join(", ")
}

/// Years of experience: "5", "5 years" or "5y".
pub fn years(text: &str, max: u64) -> Result<u64, String> {
    let number = strip_unit(text, &["years", "year", "yrs", "yr", "y"]);
    whole(number, 0, max, "years")
}

fn strip_unit<'a>(text: &'a str, units: &[&str]) -> &'a str {
    let text = text.trim();
    units
        .iter()
        .find_map(|u| text.strip_suffix(u))
        .map_or(text, str::trim_end)
}

/// Digits with "," or " " between them; `None` for anything else or a number past `u64`.
fn digits(text: &str) -> Option<u64> {
    let kept: String = text.chars().filter(|c| !matches!(c, ',' | ' ')).collect();
    if kept.is_empty() || !kept.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    kept.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table, both ways: what people type and what it means, or that it is refused.
    #[test]
    fn money_reads_what_people_type() {
        let read = [
            ("85k", 85_000),
            ("85K", 85_000),
            ("85.5k", 85_500),
            ("$85,000", 85_000),
            ("85 000", 85_000),
            ("USD 85000", 85_000),
            ("usd85000", 85_000),
            ("85000", 85_000),
            ("1,000", 1_000),
            ("85.000", 85_000),
            ("1.250.000", 1_250_000),
            (" $ 120,000 ", 120_000),
            ("10,000,000", 10_000_000),
        ];
        for (text, value) in read {
            assert_eq!(money(text), Ok(value), "{text:?}");
        }
        let refused = [
            "",
            "abc",
            "-5",
            "85kk",
            "k",
            "85.50",
            "85.5",
            "12.5",
            "85_000",
            "90000k",
            "10,000,001",
            "1e5",
            "85 k k",
            "99999999999999999999999",
        ];
        for text in refused {
            let message = money(text).expect_err(text);
            assert!(
                message.starts_with("Type") || message.starts_with("That is"),
                "{message}"
            );
        }
        assert!(money("90000k").unwrap_err().contains("more than"));
        assert!(money("85.50").unwrap_err().contains("without cents"));
    }

    #[test]
    fn whole_numbers_take_separators_and_stay_in_range() {
        assert_eq!(whole("1,000", 0, 5_000, "people"), Ok(1_000));
        assert_eq!(whole(" 1 000 ", 0, 5_000, "people"), Ok(1_000));
        assert_eq!(
            whole("-4", 0, 60, "years"),
            Err("Type whole years, from 0 to 60.".to_string())
        );
        assert!(whole("80", 0, 60, "years").is_err());
        assert!(whole("2.5", 0, 60, "years").is_err());
        assert_eq!(years("5 years", 60), Ok(5));
        assert_eq!(years("7y", 60), Ok(7));
        assert!(years("-4", 60).is_err());
        assert!(years("80", 60).is_err());
        assert_eq!(minutes("45 min", 1, 240), Ok(45));
        assert_eq!(minutes("0", 0, 480), Ok(0));
        assert_eq!(minutes(" 90 minutes ", 0, 480), Ok(90));
        assert_eq!(
            minutes("0", 1, 240),
            Err("Type whole minutes, from 1 to 240.".to_string())
        );
        assert!(minutes("soon", 1, 240).is_err());
        assert!(minutes("4.5", 0, 480).is_err());
        assert!(minutes("-3", 0, 480).is_err());
        assert!(minutes("481", 0, 480).is_err());
        assert!(minutes("", 0, 480).is_err());
    }

    /// "85.000" is 85 thousand (the Latin American way of writing it), never 85 dollars, and
    /// the same dot before anything but three digits is refused rather than guessed at.
    #[test]
    fn a_dot_before_three_digits_groups_thousands() {
        assert_eq!(money("85.000"), Ok(85_000));
        assert_eq!(money("$85.000"), Ok(85_000));
        assert_eq!(money("USD 1.250.000"), Ok(1_250_000));
        assert_eq!(
            money("85.00"),
            Err("Type whole dollars without cents, such as 85,000.".to_string())
        );
        assert!(money("85.0000").is_err());
        assert!(money("85.000.5").is_err());
    }

    #[test]
    fn every_refusal_says_what_to_type() {
        let refusals = [
            money("lots"),
            money("90000k"),
            whole("x", 0, 10, "points"),
            minutes("", 0, 480),
            years("old", 40),
        ];
        for refusal in refusals {
            let message = refusal.expect_err("refused");
            assert!(message.ends_with('.'), "{message}");
            assert!(
                message.contains("such as")
                    || message.contains("from")
                    || message.contains("check"),
                "{message}"
            );
        }
    }

    #[test]
    fn lists_ignore_blank_items_and_spacing() {
        assert_eq!(list(" Django,, FastAPI , "), vec!["Django", "FastAPI"]);
        assert!(list("").is_empty());
        assert!(list(" , ,").is_empty());
        assert_eq!(join_list(&list("Django, ")), "Django");
        assert_eq!(join_list(&list("a,b")), "a, b");
    }
}
