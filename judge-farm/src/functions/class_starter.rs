//! The starter skeleton Java, C# and C++ share: LeetCode writes all three as `class Solution`
//! around one method, or the design class with its constructor first and then its methods,
//! one blank line between members. Only keywords and the member renderers differ.

use super::signature::{Param, Signature};
use super::types::Returns;

/// How a language spells the parts of the skeleton that are not members.
pub struct ClassSyntax {
    /// What comes before the class name: `class ` or `public class `.
    pub class: &'static str,
    /// The first line(s) of `Solution`'s body, before its method (C++'s `public:`).
    pub solution_opening: &'static str,
    /// The first line(s) of a design class's body, before its constructor.
    pub design_opening: &'static str,
    /// What closes the class: `}` or C++'s `};`.
    pub close: &'static str,
}

/// The class to fill in (no node comments): `constructor` renders the design class's
/// constructor from the class name and parameters, `method` any method from its name,
/// parameters and return type; both indented as members.
pub fn class_starter(
    sig: &Signature,
    syntax: &ClassSyntax,
    constructor: impl Fn(&str, &[Param]) -> String,
    method: impl Fn(&str, &[Param], &Returns) -> String,
) -> String {
    let (name, opening, members) = match sig {
        Signature::Function(f) => {
            ("Solution", syntax.solution_opening, vec![method(&f.name, &f.params, &f.returns)])
        }
        Signature::Design(d) => {
            let mut members = vec![constructor(&d.class, &d.constructor)];
            members.extend(d.methods.iter().map(|m| method(&m.name, &m.params, &m.returns)));
            (d.class.as_str(), syntax.design_opening, members)
        }
    };
    format!("{}{name} {{\n{opening}{}\n{}", syntax.class, members.join("\n\n"), syntax.close)
}
