//! Reading a decimal number typed by the user, with exactly the rules of `str::parse::<f64>`.
//!
//! Why not just `str::parse::<f64>` in the browser: its correctly rounded algorithm carries a
//! ~10 KB table of powers of five that does not compress, and this is the only place the app
//! parses a float. In the browser, this module checks Rust's grammar itself and hands the
//! decimal text to JavaScript's `parseFloat`, which rounds to the nearest double like Rust does.
//! Natively (tests) it is `str::parse`, and the tests check that both agree on what is accepted.

/// What Rust's float grammar makes of `text`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// Not a number: `str::parse::<f64>` would fail.
    Invalid,
    /// `inf`, `infinity` or `nan` in any case, with an optional sign.
    Special(f64),
    /// `[+-]? (digits | digits '.' digits? | '.' digits) ([eE] [+-]? digits)?`
    Decimal,
}

fn shape(text: &str) -> Shape {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let sign = |v: f64| if negative { -v } else { v };
    if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        return Shape::Special(sign(f64::INFINITY));
    }
    if rest.eq_ignore_ascii_case("nan") {
        return Shape::Special(sign(f64::NAN));
    }
    let bytes = rest.as_bytes();
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let int = digits(0);
    let mut at = int;
    let mut frac = 0;
    if bytes.get(at) == Some(&b'.') {
        frac = digits(at + 1);
        at += 1 + frac;
    }
    if int + frac == 0 {
        return Shape::Invalid;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let exp = digits(at);
        if exp == 0 {
            return Shape::Invalid;
        }
        at += exp;
    }
    if at == bytes.len() {
        Shape::Decimal
    } else {
        Shape::Invalid
    }
}

/// `text.parse::<f64>().ok()`, without linking Rust's float parser into the wasm.
pub fn parse_f64(text: &str) -> Option<f64> {
    match shape(text) {
        Shape::Invalid => None,
        Shape::Special(value) => Some(value),
        Shape::Decimal => Some(decimal(text)),
    }
}

#[cfg(target_arch = "wasm32")]
fn decimal(text: &str) -> f64 {
    // The text is a complete StrDecimalLiteral, so parseFloat reads all of it.
    js_sys::Number::parse_float(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn decimal(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &[&str] = &[
        "",
        "+",
        "-",
        ".",
        "+.",
        "-.",
        "e",
        "e5",
        ".e5",
        "1e",
        "1e+",
        "1e-",
        "1.e",
        "0",
        "-0",
        "+0",
        "1",
        "01",
        "1.",
        ".5",
        "+.5",
        "-.5",
        "1.5",
        "1.e5",
        "1.5e5",
        "1.5E-5",
        "1e+5",
        "1e-400",
        "1e400",
        "39.11",
        "17,5",
        "1_000",
        " 1",
        "1 ",
        "0x10",
        "1.2.3",
        "1e5e5",
        "--1",
        "+-1",
        "inf",
        "-inf",
        "+INF",
        "Infinity",
        "-infinity",
        "INFINITY",
        "infinit",
        "infinityy",
        "nan",
        "NaN",
        "-NaN",
        "+nan",
        "nana",
        "in",
        "١",
        "1٫5",
        "12345678901234567890123",
        "1e0000000001",
    ];

    /// Our parser accepts `text` exactly when Rust's does, with the same value.
    fn assert_agrees(text: &str) {
        let ours = parse_f64(text);
        let rust = text.parse::<f64>().ok();
        assert_eq!(ours.is_some(), rust.is_some(), "{text:?}");
        if let (Some(a), Some(b)) = (ours, rust) {
            assert!(
                a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn accepts_exactly_what_rust_accepts() {
        for text in SAMPLES {
            assert_agrees(text);
        }
    }

    /// Every string of up to five characters over the grammar's alphabet.
    #[test]
    fn agrees_with_rust_on_every_short_string() {
        let alphabet = ['0', '7', '.', 'e', 'E', '+', '-', 'i', 'n', 'f', 'a', ' '];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts
                .iter()
                .filter(|t| t.len() == texts.last().map_or(0, String::len))
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        for text in &texts {
            assert_agrees(text);
        }
    }

    #[test]
    fn decimals_are_decimal_shapes() {
        assert_eq!(shape("39.11"), Shape::Decimal);
        assert_eq!(shape("1e400"), Shape::Decimal);
        assert_eq!(shape("-inf"), Shape::Special(f64::NEG_INFINITY));
        assert_eq!(shape("1,5"), Shape::Invalid);
    }
}
