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

/// Minutes for a question or a stage: "45" or "45 min".
pub fn minutes(text: &str, max: u64) -> Result<u64, String> {
    let number = strip_unit(text, &["minutes", "minute", "mins", "min", "m"]);
    whole(number, 1, max, "minutes")
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
        assert_eq!(minutes("45 min", 240), Ok(45));
        assert!(minutes("0", 240).is_err());
        assert!(minutes("soon", 240).is_err());
    }
}
