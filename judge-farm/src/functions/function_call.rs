//! The heart of every function driver but C++'s: call the user's function on one test's
//! arguments and write the result. An in-place answer needs its argument in a local that
//! outlives the call, so then all arguments go into locals `p0, p1, ...` (in order, which keeps
//! the reading order of the arguments the same in both cases); otherwise the call's value is
//! written directly.

use super::signature::Function;
use super::types::ValueType;

/// How one language spells the statements of [`call_and_write`].
pub struct CallSyntax<L, C, W> {
    /// The statement (one full line) declaring local `p{i}` from the reader expression.
    pub local: L,
    /// The call expression of the user's function on the given argument expressions.
    pub call: C,
    /// The statement (one full line) that writes or returns `value`, of the given type.
    pub write: W,
    /// The indentation of a statement, and what ends one (`;` or nothing).
    pub indent: &'static str,
    pub end: &'static str,
}

/// The statements of a function test, given the reader expression of each argument.
pub fn call_and_write<L, C, W>(
    f: &Function,
    args: &[String],
    syntax: &CallSyntax<L, C, W>,
) -> String
where
    L: Fn(usize, &str) -> String,
    C: Fn(&[String]) -> String,
    W: Fn(&ValueType, &str) -> String,
{
    match f.answer_index() {
        Some(answer) => {
            let mut code: String =
                args.iter().enumerate().map(|(i, arg)| (syntax.local)(i, arg)).collect();
            let locals: Vec<String> = (0..args.len()).map(|i| format!("p{i}")).collect();
            code.push_str(&format!("{}{}{}\n", syntax.indent, (syntax.call)(&locals), syntax.end));
            code.push_str(&(syntax.write)(&f.params[answer].ty, &format!("p{answer}")));
            code
        }
        None => {
            let ty =
                f.returns.value().expect("a validated function returns a value or names an answer");
            (syntax.write)(ty, &(syntax.call)(args))
        }
    }
}
