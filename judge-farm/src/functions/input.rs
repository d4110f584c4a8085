//! Checking a test's input line against the signature before any driver sees it. Every
//! driver stops on data that does not fit (wrong arity, an `int` out of range, an unknown
//! method), which would look like the user's runtime error; a setter's mistake should be
//! refused when the problem is imported instead, with a message that says where it is.

use serde_json::Value;

use super::signature::{Param, Signature};
use super::types::ValueType;

/// Whether `line` is a valid test input for `sig`: a JSON array of the arguments for a
/// function, `{"calls":[...],"args":[[...],...]}` for a design class.
pub fn check_input(sig: &Signature, line: &str) -> Result<(), String> {
    let test: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    match sig {
        Signature::Function(f) => check_args("the arguments", &f.params, &test),
        Signature::Design(d) => {
            let object = test
                .as_object()
                .filter(|o| o.len() == 2)
                .ok_or("expected {\"calls\":[...],\"args\":[...]}")?;
            let calls = object
                .get("calls")
                .and_then(Value::as_array)
                .ok_or("\"calls\" must be an array")?;
            let args =
                object.get("args").and_then(Value::as_array).ok_or("\"args\" must be an array")?;
            if calls.len() != args.len() {
                return Err(format!("{} calls but {} argument lists", calls.len(), args.len()));
            }
            if calls.first().and_then(Value::as_str) != Some(d.class.as_str()) {
                return Err(format!("the first call must be the constructor, \"{}\"", d.class));
            }
            check_args("the constructor's arguments", &d.constructor, &args[0])?;
            for (i, (call, args)) in calls.iter().zip(args).enumerate().skip(1) {
                let name = call.as_str().ok_or_else(|| format!("call {i} is not a method name"))?;
                let method = d
                    .methods
                    .iter()
                    .find(|m| m.name == name)
                    .ok_or_else(|| format!("call {i}: `{}` has no method `{name}`", d.class))?;
                check_args(&format!("call {i} ({name})"), &method.params, args)?;
            }
            Ok(())
        }
    }
}

fn check_args(what: &str, params: &[Param], args: &Value) -> Result<(), String> {
    let args = args.as_array().ok_or_else(|| format!("{what}: expected a JSON array"))?;
    if args.len() != params.len() {
        return Err(format!("{what}: expected {} arguments, got {}", params.len(), args.len()));
    }
    for (param, arg) in params.iter().zip(args) {
        check_value(&param.ty, arg).map_err(|e| format!("{what}: `{}`: {e}", param.name))?;
    }
    Ok(())
}

/// Whether `value` is a valid JSON form of a value of type `ty`.
pub fn check_value(ty: &ValueType, value: &Value) -> Result<(), String> {
    let fits = match ty {
        ValueType::Int => value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
        ValueType::Long => value.as_i64().is_some(),
        ValueType::Double => value.is_number(),
        ValueType::Bool => value.is_boolean(),
        // Go and C++ hold a char in one byte.
        ValueType::Char => value.as_str().is_some_and(|s| s.len() == 1 && s.is_ascii()),
        ValueType::String => value.is_string(),
        ValueType::ListNode => {
            return check_value(&ValueType::Array(Box::new(ValueType::Int)), value)
        }
        ValueType::TreeNode => return check_tree(value),
        ValueType::Array(element) | ValueType::List(element) => {
            let items = value
                .as_array()
                .ok_or_else(|| format!("expected {ty} (a JSON array), got {value}"))?;
            for (i, item) in items.iter().enumerate() {
                check_value(element, item).map_err(|e| format!("[{i}]: {e}"))?;
            }
            return Ok(());
        }
    };
    if fits {
        Ok(())
    } else {
        Err(format!("expected {ty}, got {value}"))
    }
}

/// LeetCode's level order: every non-null node opens two places for children, and a null
/// fills a place without opening any.
fn check_tree(value: &Value) -> Result<(), String> {
    let items =
        value.as_array().ok_or_else(|| format!("expected TreeNode (a JSON array), got {value}"))?;
    let mut places = 1;
    for (i, item) in items.iter().enumerate() {
        if places == 0 {
            return Err(format!("TreeNode: [{i}] has no parent left to hang from"));
        }
        places -= 1;
        if !item.is_null() {
            check_value(&ValueType::Int, item).map_err(|e| format!("TreeNode [{i}]: {e}"))?;
            places += 2;
        } else if i == 0 {
            return Err("TreeNode: an empty tree is [], not [null]".into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_sum() -> Signature {
        Signature::from_toml(
            "[function]\nname = \"twoSum\"\nparams = [ { name = \"nums\", type = \"int[]\" }, \
             { name = \"target\", type = \"int\" } ]\nreturns = \"int[]\"\n",
        )
        .unwrap()
    }

    #[test]
    fn function_arguments_are_checked_by_arity_and_type() {
        let sig = two_sum();
        assert_eq!(check_input(&sig, "[[2,7,11,15],9]"), Ok(()));
        assert!(check_input(&sig, "[[2,7],9,1]")
            .unwrap_err()
            .contains("expected 2 arguments, got 3"));
        assert!(check_input(&sig, "[[2,7.5],9]")
            .unwrap_err()
            .contains("`nums`: [1]: expected int, got 7.5"));
        assert!(check_input(&sig, "[[2],2147483648]").unwrap_err().contains("`target`"));
        assert!(check_input(&sig, "[[2],9").unwrap_err().starts_with("not JSON"));
    }

    #[test]
    fn design_calls_must_name_the_class_then_its_methods() {
        let sig = Signature::from_toml(
            "[design]\nclass = \"MinStack\"\nmethods = [ { name = \"push\", params = [ { name = \"val\", \
             type = \"long\" } ], returns = \"void\" }, { name = \"top\", returns = \"char\" } ]\n",
        )
        .unwrap();
        assert_eq!(
            check_input(&sig, r#"{"calls":["MinStack","push","top"],"args":[[],[-2],[]]}"#),
            Ok(())
        );
        let error = |line| check_input(&sig, line).unwrap_err();
        assert!(error(r#"{"calls":["Stack"],"args":[[]]}"#).contains("constructor"));
        assert!(error(r#"{"calls":["MinStack","pop"],"args":[[],[]]}"#).contains("no method `pop`"));
        assert!(error(r#"{"calls":["MinStack","push"],"args":[[],[]]}"#)
            .contains("call 1 (push): expected 1"));
        assert!(error(r#"{"calls":["MinStack","push"],"args":[[]]}"#).contains("2 calls but 1"));
    }

    #[test]
    fn values_follow_their_types() {
        let ok = |ty: &str, json: &str| {
            check_value(&ValueType::parse(ty).unwrap(), &serde_json::from_str(json).unwrap())
        };
        assert!(ok("long", "-9223372036854775808").is_ok());
        assert!(ok("long", "9223372036854775808").is_err());
        assert!(ok("double", "2").is_ok());
        assert!(ok("char", "\"ab\"").is_err());
        assert!(ok("char", "\"é\"").is_err());
        assert!(ok("list<list<string>>", r#"[["a"],[]]"#).is_ok());
        assert!(ok("ListNode", "[1,null]").is_err());
        assert!(ok("TreeNode", "[]").is_ok());
        assert!(ok("TreeNode", "[1,null,2,3]").is_ok());
        assert!(ok("TreeNode", "[1,null,null,3]").unwrap_err().contains("no parent"));
        assert!(ok("TreeNode", "[null]").is_err());
    }
}
