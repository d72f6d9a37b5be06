//! How money and percentages are written everywhere in HireKit.
//!
//! Rules:
//! - Whole units only, digits grouped in threes with commas: 1234567 -> "1,234,567".
//! - US dollars carry a leading "$": "$70,000". Another currency leads with its code and a
//!   space: "MXN 1,234,000".
//! - A range joins its ends with an en dash (U+2013); an open top keeps its listed figure and adds
//!   "+" ("$70,000–$110,000+"), it is never capped. A closed range whose ends match is one figure.
//! - Percent: rounded half up to a whole percent, so 12.5 -> "13%" and -2.5 -> "-2%". A value
//!   that is not a number reads "n/a".

use super::salary::UpperBound;

/// "1,234,567".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "$70,000".
pub fn usd(amount: u64) -> String {
    format!("${}", thousands(amount))
}

/// "$70,000–$110,000+", or "$70,000" when a closed range has equal ends.
pub fn range(min: u64, max: UpperBound) -> String {
    match max {
        UpperBound::Closed(top) if top == min => usd(min),
        UpperBound::Closed(top) => format!("{}\u{2013}{}", usd(min), usd(top)),
        UpperBound::Open(top) => format!("{}\u{2013}{}+", usd(min), usd(top)),
    }
}

/// A whole percent: 53.8 -> "54%".
pub fn percent(p: f64) -> String {
    if p.is_nan() {
        return "n/a".to_string();
    }
    // `as` saturates at the i64 limits, so infinities cannot panic.
    let whole = (p + 0.5).floor() as i64;
    format!("{whole}%")
}

/// "MXN 1,234,000": the code as given, trimmed and in capitals.
pub fn local(amount: u64, code: &str) -> String {
    format!("{} {}", code.trim().to_ascii_uppercase(), thousands(amount))
}

/// "MXN 374,000–MXN 1,870,000+": a range in a local currency.
pub fn local_range(min: u64, max: UpperBound, code: &str) -> String {
    let plus = if max.is_open() { "+" } else { "" };
    format!(
        "{}\u{2013}{}{plus}",
        local(min, code),
        local(max.figure(), code)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_three() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn percent_rounds_half_up() {
        assert_eq!(percent(12.5), "13%");
        assert_eq!(percent(12.49), "12%");
        assert_eq!(percent(-2.5), "-2%");
        assert_eq!(percent(f64::NAN), "n/a");
        assert_eq!(percent(f64::INFINITY), format!("{}%", i64::MAX));
    }

    #[test]
    fn ranges_use_an_en_dash_and_keep_open_tops() {
        assert_eq!(
            range(70_000, UpperBound::Open(110_000)),
            "$70,000–$110,000+"
        );
        assert_eq!(range(22_000, UpperBound::Closed(32_000)), "$22,000–$32,000");
        assert_eq!(range(5, UpperBound::Closed(5)), "$5");
        assert_eq!(range(5, UpperBound::Open(5)), "$5–$5+");
    }
}
