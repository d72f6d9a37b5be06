//! Time and fresh ids: the engine never reads a clock or a random source itself.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A record id unique across devices: time in base 36 plus random digits, so imports can merge.
pub fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}-{}{}", base36(now_ms()), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A readable local date and time for "last edited".
pub fn local_time(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    // Serialising a struct of two strings cannot fail; the default format is still readable.
    let options = serde_wasm_bindgen::to_value(&DateFormat {
        date_style: "medium",
        time_style: "short",
    })
    .unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
    String::from(date.to_locale_string("en-US", &options))
}

/// The options of `Date.toLocaleString`, as the browser names them.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct DateFormat {
    date_style: &'static str,
    time_style: &'static str,
}
