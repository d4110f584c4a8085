// AlgoArena driver runtime for function-signature problems, Rust; the protocol and the
// canonical JSON rules are in judge-farm/src/functions/mod.rs. It opens the module
// `algoarena`, so nothing here meets the user's names (its own names shadow the glob import
// of the user's). Readers are r_<type>, writers w_<type> (append to a String).
#![allow(dead_code, unused_imports, unused_mut)]

use super::*;
use std::io::{Read, Write};

/// A JSON value; numbers keep their text so each reader converts them exactly.
pub enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn error(&self) -> ! {
        panic!(
            "bad test data at byte {}: {}",
            self.i,
            String::from_utf8_lossy(self.s)
        )
    }

    fn space(&mut self) {
        while self.i < self.s.len() && b" \t\r\n".contains(&self.s[self.i]) {
            self.i += 1;
        }
    }

    fn next(&mut self) -> u8 {
        let c = *self.s.get(self.i).unwrap_or_else(|| self.error());
        self.i += 1;
        c
    }

    fn expect(&mut self, word: &str) {
        if !self.s[self.i..].starts_with(word.as_bytes()) {
            self.error();
        }
        self.i += word.len();
    }

    fn hex4(&mut self) -> u32 {
        let digits = self
            .s
            .get(self.i..self.i + 4)
            .unwrap_or_else(|| self.error());
        self.i += 4;
        u32::from_str_radix(std::str::from_utf8(digits).unwrap_or("x"), 16)
            .unwrap_or_else(|_| self.error())
    }

    fn string(&mut self) -> String {
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.next() {
                b'"' => return String::from_utf8(out).unwrap_or_else(|_| self.error()),
                b'\\' => {
                    let c = match self.next() {
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut unit = self.hex4();
                            if (0xD800..0xDC00).contains(&unit)
                                && self.s[self.i..].starts_with(b"\\u")
                            {
                                self.i += 2;
                                let low = self.hex4();
                                unit = 0x10000
                                    + ((unit - 0xD800) << 10)
                                    + (low.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            char::from_u32(unit).unwrap_or('\u{FFFD}')
                        }
                        other => other as char,
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                byte => out.push(byte),
            }
        }
    }

    fn value(&mut self) -> J {
        self.space();
        match *self.s.get(self.i).unwrap_or_else(|| self.error()) {
            open @ (b'[' | b'{') => {
                let close = if open == b'[' { b']' } else { b'}' };
                self.i += 1;
                let (mut items, mut fields) = (Vec::new(), Vec::new());
                self.space();
                if self.s.get(self.i) == Some(&close) {
                    self.i += 1;
                } else {
                    loop {
                        if open == b'{' {
                            self.space();
                            if self.next() != b'"' {
                                self.error();
                            }
                            let key = self.string();
                            self.space();
                            if self.next() != b':' {
                                self.error();
                            }
                            fields.push((key, self.value()));
                        } else {
                            items.push(self.value());
                        }
                        self.space();
                        match self.next() {
                            c if c == close => break,
                            b',' => {}
                            _ => self.error(),
                        }
                    }
                }
                if open == b'[' {
                    J::Arr(items)
                } else {
                    J::Obj(fields)
                }
            }
            b'"' => {
                self.i += 1;
                J::Str(self.string())
            }
            b't' => {
                self.expect("true");
                J::Bool(true)
            }
            b'f' => {
                self.expect("false");
                J::Bool(false)
            }
            b'n' => {
                self.expect("null");
                J::Null
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len() && b"+-.0123456789eE".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                if start == self.i {
                    self.error();
                }
                J::Num(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
            }
        }
    }
}

pub fn parse(text: &str) -> J {
    let mut parser = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let value = parser.value();
    parser.space();
    if parser.i != text.len() {
        parser.error();
    }
    value
}

extern "C" {
    fn dup2(old: i32, new: i32) -> i32;
}

/// Reads every test, then points fd 0 at /dev/null so user code cannot read them.
pub fn read_input() -> (String, Vec<String>) {
    let mut data = Vec::new();
    std::io::stdin()
        .read_to_end(&mut data)
        .expect("reading stdin");
    if let Ok(null) = std::fs::File::open("/dev/null") {
        use std::os::unix::io::AsRawFd;
        // SAFETY: dup2 on two descriptors this process owns.
        unsafe { dup2(null.as_raw_fd(), 0) };
    }
    let text = String::from_utf8_lossy(&data).into_owned();
    let mut lines = text.split('\n');
    let marker = lines.next().unwrap_or("").trim().to_string();
    (
        marker,
        lines
            .filter(|line| !line.trim().is_empty())
            .map(str::to_string)
            .collect(),
    )
}

pub fn emit(marker: &str, k: usize, result: &str) {
    // The same (locked, buffered) stdout as println!, so output keeps its order.
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "\n{marker} {k} {result}\n");
    let _ = out.flush();
}

pub fn run_function(solve: impl Fn(&[J]) -> String) {
    let (marker, tests) = read_input();
    for (k, line) in tests.iter().enumerate() {
        emit(&marker, k, &solve(array(&parse(line))));
    }
}

pub fn run_design<T>(
    class: &str,
    construct: impl Fn(&[J]) -> T,
    call: impl Fn(&mut T, &str, &[J]) -> String,
) {
    let (marker, tests) = read_input();
    for (k, line) in tests.iter().enumerate() {
        let test = parse(line);
        let field = |name: &str| match &test {
            J::Obj(fields) => fields
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| array(value)),
            _ => None,
        };
        let (calls, args) = match (field("calls"), field("args")) {
            (Some(calls), Some(args)) if !calls.is_empty() && calls.len() == args.len() && r_string(&calls[0]) == class => {
                (calls, args)
            }
            _ => panic!("a design test needs \"calls\" starting with {class} and one \"args\" entry per call"),
        };
        let mut obj = construct(array(&args[0]));
        let mut out = String::from("[null");
        for (name, a) in calls.iter().zip(args).skip(1) {
            out.push(',');
            out.push_str(&call(&mut obj, &r_string(name), array(a)));
        }
        out.push(']');
        emit(&marker, k, &out);
    }
}

pub fn array(v: &J) -> &[J] {
    match v {
        J::Arr(items) => items,
        _ => panic!("expected a JSON array"),
    }
}

pub fn arity(args: &[J], n: usize) {
    assert!(
        args.len() == n,
        "expected {n} arguments, got {}",
        args.len()
    );
}

fn number(v: &J) -> &str {
    match v {
        J::Num(text) => text,
        _ => panic!("expected a number"),
    }
}

pub fn r_int(v: &J) -> i32 {
    number(v)
        .parse()
        .unwrap_or_else(|_| panic!("expected a 32-bit integer, got {}", number(v)))
}

pub fn r_long(v: &J) -> i64 {
    number(v)
        .parse()
        .unwrap_or_else(|_| panic!("expected a 64-bit integer, got {}", number(v)))
}

pub fn r_double(v: &J) -> f64 {
    number(v)
        .parse()
        .unwrap_or_else(|_| panic!("expected a double, got {}", number(v)))
}

pub fn r_bool(v: &J) -> bool {
    match v {
        J::Bool(b) => *b,
        _ => panic!("expected a bool"),
    }
}

pub fn r_string(v: &J) -> String {
    match v {
        J::Str(s) => s.clone(),
        _ => panic!("expected a string"),
    }
}

pub fn r_char(v: &J) -> char {
    let s = r_string(v);
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c,
        _ => panic!("expected a one-character string, got {s:?}"),
    }
}

pub fn w_int(b: &mut String, v: &i32) {
    b.push_str(&v.to_string());
}

pub fn w_long(b: &mut String, v: &i64) {
    b.push_str(&v.to_string());
}

pub fn w_bool(b: &mut String, v: &bool) {
    b.push_str(if *v { "true" } else { "false" });
}

pub fn w_char(b: &mut String, v: &char) {
    w_string(b, &v.to_string());
}

pub fn w_string(b: &mut String, s: &String) {
    b.push('"');
    for c in s.chars() {
        match c {
            '"' => b.push_str("\\\""),
            '\\' => b.push_str("\\\\"),
            '\n' => b.push_str("\\n"),
            '\r' => b.push_str("\\r"),
            '\t' => b.push_str("\\t"),
            '\u{8}' => b.push_str("\\b"),
            '\u{c}' => b.push_str("\\f"),
            c if (c as u32) < 0x20 => b.push_str(&format!("\\u{:04x}", c as u32)),
            c => b.push(c),
        }
    }
    b.push('"');
}

pub fn w_double(b: &mut String, x: &f64) {
    let x = *x;
    if x.is_nan() {
        return b.push_str("\"NaN\"");
    }
    if x.is_infinite() {
        return b.push_str(if x > 0.0 {
            "\"Infinity\""
        } else {
            "\"-Infinity\""
        });
    }
    if x == 0.0 {
        return b.push_str(if x.is_sign_negative() { "-0.0" } else { "0.0" });
    }
    if x < 0.0 {
        b.push('-');
    }
    // `{:e}` gives the shortest length but breaks exact ties upwards; the fixed-precision form
    // rounds ties to even and is the answer whenever it reads back at that length.
    let shortest = format!("{:e}", x.abs());
    let length = shortest
        .split('e')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    let nearest = format!("{:.*e}", length.saturating_sub(1), x.abs());
    let scientific = if nearest.parse::<f64>() == Ok(x.abs()) {
        nearest
    } else {
        shortest
    };
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    place(
        b,
        digits.trim_end_matches('0'),
        1 + exponent.parse::<i32>().unwrap_or(0),
    );
}

/// Lays out significant digits whose value is 0.<digits> * 10^point.
fn place(b: &mut String, digits: &str, point: i32) {
    let n = digits.len() as i32;
    if n <= point && point <= 21 {
        b.push_str(digits);
        b.push_str(&"0".repeat((point - n) as usize));
        b.push_str(".0");
    } else if 0 < point && point <= 21 {
        b.push_str(&digits[..point as usize]);
        b.push('.');
        b.push_str(&digits[point as usize..]);
    } else if -6 < point && point <= 0 {
        b.push_str("0.");
        b.push_str(&"0".repeat(-point as usize));
        b.push_str(digits);
    } else {
        b.push_str(&digits[..1]);
        if n > 1 {
            b.push('.');
            b.push_str(&digits[1..]);
        }
        b.push_str(&format!(
            "e{}{}",
            if point > 0 { "+" } else { "-" },
            (point - 1).abs()
        ));
    }
}
