//! What the function-driver tests feed the programs (`tests/function_drivers.rs`): the `Echo`
//! design class with one method per value type and the values each must return unchanged,
//! how its starter code is filled in, and the signatures and tests of `twoSum` and `merge`.

use algoarena_judge_farm::functions::{canonical, Signature, ValueType};
use algoarena_shared::language::Language;

use crate::function_solutions::Echo;

/// Every `echo*` method of `Echo`: its type and values, each in canonical JSON.
pub const ECHO: &[(&str, &str, &[&str])] = &[
    ("echoInt", "int", &["0", "-1", "7", "2147483647", "-2147483648"]),
    (
        "echoLong",
        "long",
        &["0", "-5", "9007199254740991", "9223372036854775807", "-9223372036854775808"],
    ),
    (
        "echoDouble",
        "double",
        &[
            "0.1",
            "-2.5",
            "1e-7",
            "1e+21",
            "2.0",
            "-0.0",
            "0.0",
            "123.456",
            "5e-324",
            "1.7976931348623157e+308",
            "0.30000000000000004",
            "100000000000000000000.0",
            "0.000001",
            "-1.5e-300",
            "2.2250738585072014e-308",
        ],
    ),
    ("echoBool", "bool", &["true", "false"]),
    (
        "echoChar",
        "char",
        &[r#""a""#, r#""\"""#, r#""\\""#, r#""\n""#, r#"" ""#, r#""~""#, r#""\u0000""#],
    ),
    (
        "echoString",
        "string",
        &[
            r#""""#,
            r#""hello""#,
            r#""with \"quotes\"""#,
            r#""back\\slash""#,
            "\"héllo 日本 😀\"",
            r#""line\nbreak\ttab\r""#,
            r#""\u0001\u001f\b\f""#,
            "\"\u{2028}\u{7f}\"",
        ],
    ),
    ("echoIntArray", "int[]", &["[]", "[1,2,3]", "[-2147483648,2147483647]"]),
    ("echoLongArray", "long[]", &["[]", "[9223372036854775807,-1]", "[9007199254740991]"]),
    ("echoDoubleArray", "double[]", &["[]", "[0.5,-1e-7,3.0]"]),
    ("echoBoolArray", "bool[]", &["[]", "[true,false,true]"]),
    ("echoCharArray", "char[]", &["[]", r#"["a","b","\""]"#]),
    ("echoStringArray", "string[]", &["[]", r#"["","a b","\\"]"#]),
    ("echoIntGrid", "int[][]", &["[]", "[[]]", "[[1,2],[3],[]]"]),
    ("echoLongGrid", "long[][]", &["[[9223372036854775807],[]]", "[[1,-1]]"]),
    ("echoDoubleGrid", "double[][]", &["[[1.5,-0.0],[]]"]),
    ("echoBoolGrid", "bool[][]", &["[[true],[false,true]]"]),
    ("echoCharGrid", "char[][]", &[r#"[["a","b"],["."]]"#]),
    ("echoStringGrid", "string[][]", &[r#"[["x",""],[]]"#]),
    ("echoIntList", "list<int>", &["[]", "[4,5,6]"]),
    ("echoLongList", "list<long>", &["[-9223372036854775808]", "[3]"]),
    ("echoDoubleList", "list<double>", &["[0.25,-0.0,1e+100]"]),
    ("echoBoolList", "list<bool>", &["[false]"]),
    ("echoCharList", "list<char>", &[r#"["x","\\"]"#]),
    ("echoStringList", "list<string>", &[r#"["","日本"]"#]),
    ("echoIntLists", "list<list<int>>", &["[]", "[[]]", "[[1],[2,3]]"]),
    ("echoLongLists", "list<list<long>>", &["[[-9223372036854775808,0]]", "[[1]]"]),
    ("echoDoubleLists", "list<list<double>>", &["[[0.1],[]]"]),
    ("echoBoolLists", "list<list<bool>>", &["[[true,false]]"]),
    ("echoCharLists", "list<list<char>>", &[r#"[["a"],[]]"#]),
    ("echoStringLists", "list<list<string>>", &[r#"[["a"],[]]"#]),
    ("echoList", "ListNode", &["[]", "[1]", "[1,2,3,-4]"]),
    (
        "echoTree",
        "TreeNode",
        &[
            "[]",
            "[1]",
            "[1,null,2,3]",
            "[3,9,20,null,null,15,7]",
            "[1,2,null,3]",
            "[5,4,8,11,null,13,4,7,2,null,null,null,1]",
        ],
    ),
    ("echoListArray", "ListNode[]", &["[]", "[[],[1,2],[3]]"]),
    ("echoTreeArray", "TreeNode[]", &["[[1,null,2],[]]"]),
    ("echoListList", "list<ListNode>", &["[[1],[]]"]),
    ("echoTreeList", "list<TreeNode>", &["[[],[2,1,3]]"]),
];

/// JavaScript numbers are doubles: a `long` beyond 2^53 cannot make the round trip there. C
/// strings end at their first NUL: a string holding U+0000 cannot reach C (a `char` can).
fn fits_language(language: Language, ty: &str, value: &str) -> bool {
    let doubles_only = matches!(language, Language::Javascript | Language::Typescript);
    let longest_digits =
        value.split(|c: char| !c.is_ascii_digit()).map(str::len).max().unwrap_or(0);
    let long_beyond_doubles = doubles_only && ty.contains("long") && longest_digits > 16;
    let nul_in_c_string =
        language == Language::C && ty.contains("string") && value.contains("\\u0000");
    !(long_beyond_doubles || nul_in_c_string)
}

pub fn echo_signature() -> Signature {
    let mut methods: Vec<String> = ECHO
        .iter()
        .map(|(name, ty, _)| format!("{{ name = \"{name}\", params = [ {{ name = \"x\", type = \"{ty}\" }} ], returns = \"{ty}\" }}"))
        .collect();
    methods.push(
        "{ name = \"add\", params = [ { name = \"x\", type = \"long\" } ], returns = \"void\" }"
            .into(),
    );
    methods.push("{ name = \"total\", returns = \"long\" }".into());
    methods.push("{ name = \"reverseList\", params = [ { name = \"head\", type = \"ListNode\" } ], returns = \"ListNode\" }".into());
    methods.push("{ name = \"invertTree\", params = [ { name = \"root\", type = \"TreeNode\" } ], returns = \"TreeNode\" }".into());
    Signature::from_toml(&format!(
        "[design]\nclass = \"Echo\"\nconstructor = [ {{ name = \"start\", type = \"long\" }} ]\nmethods = [\n{}\n]\n",
        methods.join(",\n")
    ))
    .unwrap()
}

/// The starter code with its empty bodies filled in (see [`Echo`]).
pub fn fill_starter(starter: &str, echo: &Echo) -> String {
    let mut bodies: Vec<&str> = echo.prefix.to_vec();
    bodies.extend(ECHO.iter().map(|(_, ty, _)| {
        let depth = ValueType::parse(ty).expect("an ECHO type").depth();
        match (depth, echo.echo_nested) {
            (1 | 2, Some(nested)) => nested[depth - 1],
            _ => echo.echo,
        }
    }));
    bodies.extend([echo.add, echo.total, echo.reverse_list, echo.invert_tree]);
    let mut bodies = bodies.into_iter();
    let mut field = echo.field;
    let mut code = String::new();
    for line in starter.lines() {
        if !line.is_empty() && line.trim().is_empty() {
            let body = bodies.next().expect("a body for every empty body of the starter");
            for body_line in body.lines() {
                code.push_str(&format!("{line}{body_line}\n"));
            }
            continue;
        }
        code.push_str(line);
        code.push('\n');
        if line.contains("class Echo") {
            if let Some(field) = field.take() {
                code.push_str(field);
                code.push('\n');
            }
        }
    }
    assert!(
        bodies.next().is_none(),
        "the starter has fewer empty bodies than expected:\n{starter}"
    );
    code
}

/// A design test calling `method` once per argument: (test line, expected result).
fn design_test(method: &str, args: &[String], results: &[&str]) -> (String, String) {
    let calls: Vec<String> = std::iter::once("\"Echo\"".to_string())
        .chain(args.iter().map(|_| format!("\"{method}\"")))
        .collect();
    let line = format!("{{\"calls\":[{}],\"args\":[[0],{}]}}", calls.join(","), args.join(","));
    (line, format!("[null,{}]", results.join(",")))
}

/// The echo tests: (test line, expected result).
pub fn echo_tests(language: Language) -> Vec<(String, String)> {
    let mut tests = Vec::new();
    for (method, ty, values) in ECHO {
        let values: Vec<&str> =
            values.iter().copied().filter(|v| fits_language(language, ty, v)).collect();
        let args: Vec<String> = values.iter().map(|v| format!("[{v}]")).collect();
        tests.push(design_test(method, &args, &values));
    }
    // Random bit patterns over the whole range, printed by the reference implementation.
    let mut bits: u64 = 0x2545_F491_4F6C_DD1D;
    let doubles: Vec<String> = std::iter::from_fn(|| {
        bits ^= bits << 13;
        bits ^= bits >> 7;
        bits ^= bits << 17;
        Some(f64::from_bits(bits))
    })
    .filter(|x| x.is_finite())
    .take(400)
    .map(canonical::double)
    .collect();
    let all = format!("[{}]", doubles.join(","));
    tests.push(design_test("echoDoubleArray", &[format!("[{all}]")], &[&all]));
    let first = if language == Language::C { 1u8 } else { 0 };
    let ascii = canonical::string(&(first..128).map(char::from).collect::<String>());
    tests.push(design_test("echoString", &[format!("[{ascii}]")], &[&ascii]));
    tests.push((
        "{\"calls\":[\"Echo\",\"add\",\"add\",\"total\",\"add\",\"total\"],\"args\":[[10],[5],[-3],[],[100],[]]}".into(),
        "[null,null,null,12,null,112]".into(),
    ));
    let lists = ["[[1,2,3,4,5]]", "[[]]", "[[7]]"].map(String::from);
    tests.push(design_test("reverseList", &lists, &["[5,4,3,2,1]", "[]", "[7]"]));
    let trees = ["[[4,2,7,1,3,6,9]]", "[[2,1,3]]", "[[]]", "[[1,2]]"].map(String::from);
    tests.push(design_test(
        "invertTree",
        &trees,
        &["[4,7,2,9,6,3,1]", "[2,3,1]", "[]", "[1,null,2]"],
    ));
    tests
}

pub fn two_sum_signature() -> Signature {
    Signature::from_toml(
        "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, { name = \"target\", type = \"int\" } ]\n\
         returns = \"int[]\"\n",
    )
    .unwrap()
}

pub fn merge_signature() -> Signature {
    Signature::from_toml(
        "[function]\nname = \"merge\"\nparams = [ { name = \"nums1\", type = \"int[]\" }, { name = \"m\", type = \"int\" }, \
         { name = \"nums2\", type = \"int[]\" }, { name = \"n\", type = \"int\" } ]\nreturns = \"void\"\nanswer = \"nums1\"\n",
    )
    .unwrap()
}

/// `twoSum`'s tests and their answers.
pub fn two_sum_tests() -> (Vec<String>, Vec<Option<String>>) {
    let big: Vec<String> = (0..20_000).map(|i| i.to_string()).collect();
    let tests = vec![
        "[[2,7,11,15],9]".to_string(),
        "[[3,2,4],6]".into(),
        "[[3,3],6]".into(),
        format!("[[{}],39997]", big.join(",")),
    ];
    let answers = ["[0,1]", "[1,2]", "[0,1]", "[19998,19999]"];
    (tests, answers.iter().map(|a| Some(a.to_string())).collect())
}

/// The wrong `twoSum`'s tests: it answers the first two (wrongly) and throws at the third.
pub fn two_sum_wrong_tests() -> (Vec<String>, Vec<Option<String>>) {
    let tests = ["[[2,7,11,15],9]", "[[3,2,4],6]", "[[1,2],-1]", "[[3,3],6]"];
    let frames = [Some("[0,0]".to_string()), Some("[0,0]".into()), None, None];
    (tests.map(String::from).to_vec(), frames.to_vec())
}

/// What the wrong `twoSum` prints along the way: it must reach the user's output untouched.
pub const TWO_SUM_WRONG_PRINTS: [&str; 5] = [
    "debug 9\n",
    "0123456789abcdef0123456789abcdef 0 [9,9]\n",
    "stdin 0\n",
    "early 0\n",
    "debug -1\n",
];

/// `merge`'s tests and their answers (the first argument after the call).
pub fn merge_tests() -> (Vec<String>, Vec<Option<String>>) {
    let tests = ["[[1,2,3,0,0,0],3,[2,5,6],3]", "[[1],1,[],0]", "[[0],0,[1],1]"];
    let answers = ["[1,2,2,3,5,6]", "[1]", "[1]"];
    (tests.map(String::from).to_vec(), answers.iter().map(|a| Some(a.to_string())).collect())
}
