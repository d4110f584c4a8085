//! Small text helpers the generators share: LeetCode's "Definition for ..." comments, made from
//! the very definitions the programs include, splitting the user's leading `package` and
//! `import` lines off their code, and the banner that marks where the user's code starts in a
//! program (so the judge can map line numbers in messages back to the user's code).

/// The title LeetCode puts above a node class's definition in a starter.
pub fn node_title(class: &str) -> &'static str {
    if class == "ListNode" {
        "Definition for singly-linked list."
    } else {
        "Definition for a binary tree node."
    }
}

/// `definition` inside a `/** ... */` block, each line prefixed with ` * `.
pub fn block_comment(title: &str, definition: &str) -> String {
    let mut out = format!("/**\n * {title}\n");
    for line in definition.trim_end().lines() {
        out.push_str(format!(" * {line}").trim_end());
        out.push('\n');
    }
    out.push_str(" */\n");
    out
}

/// `definition` as line comments starting with `prefix` (`# ` for Python, `// ` for Rust).
pub fn line_comment(prefix: &str, title: &str, definition: &str) -> String {
    let mut out = format!("{prefix}{title}\n");
    for line in definition.trim_end().lines() {
        out.push_str(format!("{prefix}{line}").trim_end());
        out.push('\n');
    }
    out
}

/// The user's code with its leading imports split off (see [`split_imports`]).
#[derive(Debug, PartialEq, Eq)]
pub struct SplitCode {
    pub imports: String,
    pub rest: String,
    /// The line of the user's code (1-based) where `rest` starts.
    pub rest_line: usize,
}

/// The user's code split into its leading `import` lines (Go's `import ( ... )` blocks
/// included, with the blank and comment lines among them) and the rest. Leading `package`
/// lines are dropped: the program's package is the generator's to choose. Languages that run
/// code while initializing (Go's package variables, Kotlin's top-level properties) need this
/// so the driver can read the tests before any user declaration is initialized.
pub fn split_imports(code: &str) -> SplitCode {
    let mut imports = String::new();
    let mut lines = code.lines().peekable();
    let mut consumed = 0;
    let (mut in_block, mut in_comment) = (false, false);
    while let Some(line) = lines.peek() {
        let trimmed = line.trim();
        if in_block {
            in_block = trimmed != ")";
        } else if in_comment || trimmed.starts_with("/*") {
            in_comment = !trimmed.contains("*/");
        } else if trimmed.starts_with("import") && trimmed.ends_with('(') {
            in_block = true;
        } else if trimmed.starts_with("package ") {
            lines.next();
            consumed += 1;
            continue;
        } else if !(trimmed.is_empty()
            || trimmed.starts_with("//")
            || trimmed.starts_with("import "))
        {
            break;
        }
        imports.push_str(line);
        imports.push('\n');
        lines.next();
        consumed += 1;
    }
    let rest: Vec<&str> = lines.collect();
    SplitCode { imports, rest: rest.join("\n"), rest_line: consumed + 1 }
}

const BANNER: &str = "---- user code from its line ";

/// The comment line put right before the user's code (or the rest of it, after hoisted
/// imports); `comment` is the language's line-comment opener.
pub fn user_code_banner(comment: &str, user_line: usize) -> String {
    format!("\n{comment} {BANNER}{user_line} ----\n")
}

/// Where the user's code sits in a generated program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserCodeStart {
    /// The program's line (1-based) holding the first line of the user's code placed there.
    pub program_line: usize,
    /// That line's number in the code the user wrote.
    pub user_line: usize,
}

/// Finds the user's code in a program made by `functions::program`: program line
/// `program_line + i` is the user's line `user_line + i`.
pub fn locate_user_code(program: &str) -> Option<UserCodeStart> {
    program.lines().enumerate().find_map(|(i, line)| {
        let number = line.split_once(BANNER)?.1.strip_suffix(" ----")?;
        Some(UserCodeStart { program_line: i + 2, user_line: number.parse().ok()? })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_quote_the_definition_line_by_line() {
        assert_eq!(
            block_comment("Definition for singly-linked list.", "type ListNode struct {\n    Val int\n}\n"),
            "/**\n * Definition for singly-linked list.\n * type ListNode struct {\n *     Val int\n * }\n */\n"
        );
        assert_eq!(
            line_comment("# ", "T", "class A:\n\n    x = 1\n"),
            "# T\n# class A:\n#\n#     x = 1\n"
        );
    }

    #[test]
    fn leading_imports_are_split_off_and_packages_dropped() {
        let code = "package main\n\n/* a\n b */\n// sorting\nimport \"sort\"\nimport (\n\t\"fmt\"\n\tm \"math\"\n)\n\nfunc f() {}\nimport \"late\"\n";
        let split = split_imports(code);
        assert_eq!(
            split.imports,
            "\n/* a\n b */\n// sorting\nimport \"sort\"\nimport (\n\t\"fmt\"\n\tm \"math\"\n)\n\n"
        );
        assert_eq!(split.rest, "func f() {}\nimport \"late\"");
        assert_eq!(split.rest_line, 12);
        assert_eq!(split_imports("class Solution {}").rest_line, 1);
        assert_eq!(
            split_imports("import kotlin.math.*\nclass S").imports,
            "import kotlin.math.*\n"
        );
    }

    #[test]
    fn the_banner_locates_the_users_code() {
        let program = format!("header\nmore{}user line 3\n", user_code_banner("//", 3));
        assert_eq!(
            locate_user_code(&program),
            Some(UserCodeStart { program_line: 4, user_line: 3 })
        );
        assert_eq!(program.lines().nth(3), Some("user line 3"));
        assert_eq!(locate_user_code("no banner"), None);
    }
}
