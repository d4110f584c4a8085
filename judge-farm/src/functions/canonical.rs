//! The reference implementation, in Rust, of the canonical JSON rules every driver follows (see
//! the module docs of `functions`): what a double and a string look like on the wire, and a
//! whole value of a declared type (so the judge can bring a setter's expected output into the
//! form the drivers print). The drivers' own versions are tested against it.

use serde_json::Value;

use super::input::check_value;
use super::types::ValueType;

/// `value`, of type `ty`, as a driver would print it: `[0, 1]` becomes `[0,1]`, a double `2`
/// becomes `2.0`, a tree loses its trailing nulls. Doubles go through serde_json's parser,
/// which may land one unit in the last place off for numbers with more than 17 digits; the
/// judge compares doubles with a tolerance anyway.
pub fn value(ty: &ValueType, value: &Value) -> Result<String, String> {
    check_value(ty, value)?;
    let mut out = String::new();
    write_value(&mut out, ty, value);
    Ok(out)
}

fn write_value(out: &mut String, ty: &ValueType, value: &Value) {
    match (ty, value) {
        (ValueType::Double, _) => out.push_str(&double(value.as_f64().unwrap_or(f64::NAN))),
        (ValueType::Char | ValueType::String, Value::String(s)) => out.push_str(&string(s)),
        (ValueType::TreeNode, Value::Array(items)) => {
            let kept = items.len() - items.iter().rev().take_while(|item| item.is_null()).count();
            let items: Vec<String> = items[..kept].iter().map(Value::to_string).collect();
            out.push_str(&format!("[{}]", items.join(",")));
        }
        (ValueType::ListNode, _) => {
            write_value(out, &ValueType::Array(Box::new(ValueType::Int)), value)
        }
        (ValueType::Array(element) | ValueType::List(element), Value::Array(items)) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, element, item);
            }
            out.push(']');
        }
        // Integers and booleans: serde_json already prints them canonically.
        _ => out.push_str(&value.to_string()),
    }
}

/// A double as the drivers print it: the shortest digits that read back as the same double
/// (the closest such digits when there are several, ties to even), laid out like JavaScript's
/// `Number.prototype.toString` (plain from 1e-6 up to 1e21, else `1.5e-7` / `1e+21`), with `.0`
/// after an integral plain number, `-0.0` for negative zero and the JSON strings `"NaN"`,
/// `"Infinity"`, `"-Infinity"` for the values JSON cannot hold.
pub fn double(x: f64) -> String {
    if x.is_nan() {
        return "\"NaN\"".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "\"Infinity\"" } else { "\"-Infinity\"" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let scientific = shortest(x.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let point = 1 + exponent.parse::<i32>().unwrap_or(0);
    let sign = if x < 0.0 { "-" } else { "" };
    format!("{sign}{}", place(digits.trim_end_matches('0'), point))
}

/// The shortest round-trip digits of `x` in Rust's scientific form (`1.5e-7`), the closest to
/// `x` when several are that short, ties to even. Rust's `{:e}` finds the shortest length but
/// breaks exact ties upwards; its fixed-precision form rounds correctly (ties to even), and is
/// the answer whenever it reads back at that length.
fn shortest(x: f64) -> String {
    let shortest = format!("{x:e}");
    let digits =
        shortest.split('e').next().unwrap_or("").chars().filter(char::is_ascii_digit).count();
    let nearest = format!("{:.*e}", digits.saturating_sub(1), x);
    if nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        shortest
    }
}

/// Lays out significant `digits` (no leading or trailing zeros) whose value is
/// `0.<digits> * 10^point`.
fn place(digits: &str, point: i32) -> String {
    let count = digits.len() as i32;
    if count <= point && point <= 21 {
        format!("{digits}{}.0", "0".repeat((point - count) as usize))
    } else if 0 < point && point <= 21 {
        let (whole, fraction) = digits.split_at(point as usize);
        format!("{whole}.{fraction}")
    } else if -6 < point && point <= 0 {
        format!("0.{}{digits}", "0".repeat(-point as usize))
    } else {
        let exponent = point - 1;
        let (first, rest) = digits.split_at(1);
        let fraction = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let sign = if exponent < 0 { '-' } else { '+' };
        format!("{first}{fraction}e{sign}{}", exponent.abs())
    }
}

/// A string as the drivers print it: `"` and `\` escaped, `\b \f \n \r \t` short, the other
/// control characters as `\u00xx` (lower-case hex), everything else raw UTF-8.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_are_shortest_with_a_decimal_point_or_an_exponent() {
        for (x, text) in [
            (2.0, "2.0"),
            (0.5, "0.5"),
            (-2.5, "-2.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (100.0, "100.0"),
            (123.456, "123.456"),
            (1e-6, "0.000001"),
            (1.5e-6, "0.0000015"),
            (1e-7, "1e-7"),
            (-2.5e-8, "-2.5e-8"),
            (1e20, "100000000000000000000.0"),
            (1.2345e20, "123450000000000000000.0"),
            (1e21, "1e+21"),
            (1.5e300, "1.5e+300"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (5e-324, "5e-324"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            // ...797.25 lies exactly between two 17-digit candidates: the even one wins.
            (-(1149636667324797.0 + 0.25), "-1149636667324797.2"),
            (f64::NAN, "\"NaN\""),
            (f64::NEG_INFINITY, "\"-Infinity\""),
        ] {
            assert_eq!(double(x), text, "{x:e}");
        }
    }

    #[test]
    fn every_printed_double_reads_back_as_itself() {
        let mut bits: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            // xorshift: spread over every exponent, including subnormals.
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            let x = f64::from_bits(bits);
            if x.is_finite() {
                assert_eq!(double(x).parse::<f64>().unwrap().to_bits(), x.to_bits(), "{x:e}");
            }
        }
    }

    #[test]
    fn values_of_a_declared_type_take_the_drivers_form() {
        let canonical = |ty: &str, json: &str| {
            value(&ValueType::parse(ty).unwrap(), &serde_json::from_str(json).unwrap())
        };
        assert_eq!(canonical("int[]", "[0, 1]").unwrap(), "[0,1]");
        assert_eq!(canonical("list<double>", "[2, 1e-7, 0.50]").unwrap(), "[2.0,1e-7,0.5]");
        assert_eq!(canonical("TreeNode", "[1, null, 2, null, null]").unwrap(), "[1,null,2]");
        assert_eq!(canonical("string[]", r#"["a\u00e9", "\/"]"#).unwrap(), r#"["aé","/"]"#);
        assert_eq!(canonical("bool", "true").unwrap(), "true");
        assert!(canonical("int", "1.5").is_err());
    }

    #[test]
    fn strings_escape_only_what_json_requires() {
        assert_eq!(string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(string("\n\r\t\u{8}\u{c}\u{1}\u{1f}"), r#""\n\r\t\b\f\u0001\u001f""#);
        assert_eq!(string("héllo 日本 😀 \u{7f} \u{2028}"), "\"héllo 日本 😀 \u{7f} \u{2028}\"");
    }
}
