//! The common subset of problemtools' LaTeX statements (`problem.<lang>.tex`), rendered as
//! Markdown with math left in `$...$` / `$$...$$` for KaTeX. Supported: `\problemname`,
//! sections and subsections (starred or not), paragraphs, `itemize` / `enumerate` / `description`
//! lists, `\textbf` `\emph` `\textit` `\texttt` `\underline`, `\url` `\href`, `verbatim`,
//! inline and display math (`$`, `$$`, `\(`, `\[`, `equation`, `align` and their starred
//! forms), `center` / `flushleft` (content kept), `%` comments, `~`, `\\`, dashes, quotes and
//! the escaped specials (`\% \& \_ \$ \# \{ \}`). Not supported, and named in the import's
//! report: pictures (`\illustration`, `\includegraphics`, `figure`), tables (`tabular`, kept
//! as text), `\input`, and macros the package defines itself; an unknown command keeps its
//! argument's text.

use std::collections::BTreeSet;

/// A rendered statement: its `\problemname`, its Markdown, and the commands left out.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Rendered {
    pub name: Option<String>,
    pub markdown: String,
    pub unsupported: BTreeSet<String>,
}

/// Environments whose markers are dropped and whose content is kept.
const TRANSPARENT: &[&str] =
    &["document", "center", "flushleft", "flushright", "quote", "samepage", "minipage"];
/// Display-math environments, kept for KaTeX (which knows them) between `$$`.
const DISPLAY_MATH: &[&str] =
    &["equation", "equation*", "align", "align*", "eqnarray", "eqnarray*", "gather", "gather*"];
/// Commands that take their first argument and show nothing of it.
const DROPPED: &[&str] = &[
    "documentclass",
    "usepackage",
    "label",
    "newcommand",
    "renewcommand",
    "vspace",
    "hspace",
    "medskip",
    "bigskip",
    "smallskip",
    "noindent",
    "newline",
    "clearpage",
    "newpage",
    "centering",
];

pub(super) fn render(tex: &str) -> Rendered {
    let mut r = Renderer { out: String::new(), rendered: Rendered::default(), lists: Vec::new() };
    let text = strip_comments(tex);
    r.text(&text);
    let mut markdown = collapse_blank_lines(&r.out);
    markdown.push('\n');
    r.rendered.markdown = markdown.trim_start().to_string();
    r.rendered
}

struct Renderer {
    out: String,
    rendered: Rendered,
    /// The open lists: numbered or not.
    lists: Vec<bool>,
}

impl Renderer {
    fn text(&mut self, s: &str) {
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            rest = match c {
                '\\' => self.command(rest),
                '$' => self.math_dollar(rest),
                '~' => self.push_str(rest, 1, "\u{a0}"),
                '{' | '}' => &rest[1..],
                '-' if rest.starts_with("---") => self.push_str(rest, 3, "—"),
                '-' if rest.starts_with("--") => self.push_str(rest, 2, "–"),
                '`' if rest.starts_with("``") => self.push_str(rest, 2, "“"),
                '\'' if rest.starts_with("''") => self.push_str(rest, 2, "”"),
                '\n' if self.lists.is_empty() => self.push_str(rest, 1, "\n"),
                // Inside a list an item's lines stay one paragraph.
                '\n' => {
                    let next = rest[1..].trim_start_matches([' ', '\t']);
                    self.out.push_str(if next.starts_with('\n') { "\n" } else { " " });
                    next
                }
                _ => {
                    self.out.push(c);
                    &rest[c.len_utf8()..]
                }
            };
        }
    }

    fn push_str<'a>(&mut self, rest: &'a str, skip: usize, text: &str) -> &'a str {
        self.out.push_str(text);
        &rest[skip..]
    }

    /// `$...$` or `$$...$$`, kept for KaTeX.
    fn math_dollar<'a>(&mut self, rest: &'a str) -> &'a str {
        let delimiter = if rest.starts_with("$$") { "$$" } else { "$" };
        let body = &rest[delimiter.len()..];
        match find_unescaped(body, delimiter) {
            Some(end) => {
                self.math(&body[..end], delimiter == "$$");
                &body[end + delimiter.len()..]
            }
            None => self.push_str(rest, 1, "\\$"),
        }
    }

    fn math(&mut self, body: &str, display: bool) {
        if display {
            self.out.push_str(&format!("\n\n$$\n{}\n$$\n\n", body.trim()));
        } else {
            self.out.push_str(&format!("${}$", body.trim()));
        }
    }

    /// A command at `rest` (which starts with a backslash); returns what follows it.
    fn command<'a>(&mut self, rest: &'a str) -> &'a str {
        let after = &rest[1..];
        let Some(first) = after.chars().next() else { return after };
        if !first.is_ascii_alphabetic() {
            let after_symbol = &after[first.len_utf8()..];
            match first {
                '\\' => {
                    self.out.push_str("  \n");
                    // The line break is the command's: the source's own newline adds none.
                    let next = after_symbol.trim_start_matches([' ', '\t']);
                    return next.strip_prefix('\n').unwrap_or(after_symbol);
                }
                '%' | '&' | '_' | '#' | '{' | '}' => self.out.push(first),
                '$' => self.out.push_str("\\$"),
                ' ' => self.out.push(' '),
                ',' => self.out.push('\u{2009}'),
                '(' | '[' => {
                    let close = if first == '(' { "\\)" } else { "\\]" };
                    if let Some(end) = after_symbol.find(close) {
                        self.math(&after_symbol[..end], first == '[');
                        return &after_symbol[end + 2..];
                    }
                }
                _ => {}
            }
            return after_symbol;
        }
        let name_len = after.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(after.len());
        let name = &after[..name_len];
        let mut rest = &after[name_len..];
        if rest.starts_with('*') {
            rest = &rest[1..];
        }
        match name {
            "problemname" => {
                let (arg, rest) = argument(rest);
                self.rendered.name = Some(inline(arg));
                rest
            }
            "section" | "subsection" | "subsubsection" | "paragraph" => {
                let (arg, rest) = argument(rest);
                let level = match name {
                    "section" => "##",
                    "subsection" => "###",
                    _ => "####",
                };
                self.out.push_str(&format!("\n\n{level} {}\n\n", inline(arg)));
                rest
            }
            "textbf" | "emph" | "textit" | "texttt" | "underline" | "textsc" | "textrm" => {
                let (arg, rest) = argument(rest);
                let mark = match name {
                    "textbf" => "**",
                    "emph" | "textit" => "*",
                    "texttt" => "`",
                    _ => "",
                };
                let mut inner = Renderer {
                    out: String::new(),
                    rendered: Rendered::default(),
                    lists: Vec::new(),
                };
                inner.text(arg);
                self.rendered.unsupported.extend(inner.rendered.unsupported);
                self.out.push_str(&format!("{mark}{}{mark}", inner.out.trim()));
                rest
            }
            "url" => {
                let (arg, rest) = argument(rest);
                self.out.push_str(&format!("<{arg}>"));
                rest
            }
            "href" => {
                let (url, rest) = argument(rest);
                let (label, rest) = argument(rest);
                self.out.push_str(&format!("[{}]({url})", inline(label)));
                rest
            }
            "item" => {
                let mut rest = rest;
                let numbered = self.lists.last().copied().unwrap_or(false);
                let indent = "  ".repeat(self.lists.len().saturating_sub(1));
                self.out.truncate(self.out.trim_end_matches([' ', '\t']).len());
                self.out.push_str(&format!("\n{indent}{} ", if numbered { "1." } else { "-" }));
                if rest.starts_with('[') {
                    if let Some(end) = rest.find(']') {
                        self.out.push_str(&format!("**{}** ", inline(&rest[1..end])));
                        rest = &rest[end + 1..];
                    }
                }
                rest.trim_start()
            }
            "begin" => self.begin(rest),
            "end" => {
                let (env, rest) = argument(rest);
                if matches!(env, "itemize" | "enumerate" | "description") {
                    self.lists.pop();
                    self.out.push_str("\n\n");
                }
                rest
            }
            "ldots" | "dots" | "cdots" => self.push_str(rest, 0, "…"),
            "LaTeX" => self.push_str(rest, 0, "LaTeX"),
            "TeX" => self.push_str(rest, 0, "TeX"),
            "par" => self.push_str(rest, 0, "\n\n"),
            "textbackslash" => self.push_str(rest, 0, "\\"),
            _ if DROPPED.contains(&name) => {
                let (_, rest) = argument(rest);
                rest
            }
            "illustration" | "includegraphics" | "input" | "include" | "caption" => {
                self.rendered.unsupported.insert(format!("\\{name}"));
                let (_, mut rest) = argument(optional(rest));
                for _ in 0..if name == "illustration" { 2 } else { 0 } {
                    rest = argument(rest).1;
                }
                rest
            }
            _ => {
                self.rendered.unsupported.insert(format!("\\{name}"));
                rest
            }
        }
    }

    fn begin<'a>(&mut self, rest: &'a str) -> &'a str {
        let (env, rest) = argument(rest);
        let end = format!("\\end{{{env}}}");
        match env {
            "itemize" | "enumerate" | "description" => {
                self.lists.push(env == "enumerate");
                self.out.push('\n');
                rest
            }
            "verbatim" | "lstlisting" => {
                let Some(stop) = rest.find(&end) else { return rest };
                let body = rest[..stop].trim_start_matches('\n');
                self.out.push_str(&format!("\n\n```\n{}\n```\n\n", body.trim_end()));
                &rest[stop + end.len()..]
            }
            _ if DISPLAY_MATH.contains(&env) => {
                let Some(stop) = rest.find(&end) else { return rest };
                let body = &rest[..stop];
                let aligned = env.starts_with("align") || env.starts_with("eqnarray");
                let body = if aligned {
                    format!("\\begin{{aligned}}{}\\end{{aligned}}", body)
                } else {
                    body.to_string()
                };
                self.math(&body, true);
                &rest[stop + end.len()..]
            }
            _ if TRANSPARENT.contains(&env) => rest,
            _ => {
                self.rendered.unsupported.insert(format!("{{{env}}}"));
                rest
            }
        }
    }
}

/// An inline argument's text, rendered without markup.
fn inline(arg: &str) -> String {
    let mut r = Renderer { out: String::new(), rendered: Rendered::default(), lists: Vec::new() };
    r.text(arg);
    r.out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Skips an optional `[...]` argument.
fn optional(s: &str) -> &str {
    let t = s.trim_start();
    if t.starts_with('[') {
        if let Some(end) = t.find(']') {
            return &t[end + 1..];
        }
    }
    s
}

/// The `{...}` argument at the start of `s` (after spaces) and what follows; an absent one
/// is empty.
fn argument(s: &str) -> (&str, &str) {
    let t = s.trim_start();
    if !t.starts_with('{') {
        return ("", s);
    }
    let mut depth = 0;
    let mut escaped = false;
    for (i, c) in t.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return (&t[1..i], &t[i + 1..]);
                }
            }
            _ => {}
        }
    }
    (&t[1..], "")
}

/// Where `delimiter` first occurs in `s` unescaped.
fn find_unescaped(s: &str, delimiter: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = s[from..].find(delimiter) {
        let at = from + at;
        if !s[..at].ends_with('\\') {
            return Some(at);
        }
        from = at + delimiter.len();
    }
    None
}

/// The text without `%` comments (an escaped `\%` stays), each line's break kept.
fn strip_comments(tex: &str) -> String {
    tex.lines()
        .map(|line| {
            let mut escaped = false;
            for (i, c) in line.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '%' => return &line[..i],
                    _ => {}
                }
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// At most one blank line in a row, and no trailing spaces but Markdown's line breaks.
fn collapse_blank_lines(s: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in s.lines() {
        let line =
            if line.ends_with("  ") && !line.trim().is_empty() { line } else { line.trim_end() };
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_subset_renders_as_markdown_with_katex_math() {
        let tex = r"\problemname{Sum of  Two}
% a comment
Given integers $a$ and $b$ (with $|a|, |b| \le 10^9$), print \textbf{their} sum.\\
See \href{https://example.com}{the site} or \url{https://x.org}.
\[ a + b \]
\section*{Input}
\begin{itemize}
  \item one line
    holding $a$
  \item \emph{then} $b$
\end{itemize}
\begin{verbatim}
1 2
\end{verbatim}
50\% of the tests --- small~ones.
\illustration{0.3}{pic.png}{A picture}
";
        let r = render(tex);
        assert_eq!(r.name.as_deref(), Some("Sum of Two"));
        assert_eq!(
            r.markdown,
            "Given integers $a$ and $b$ (with $|a|, |b| \\le 10^9$), print **their** sum.  \n\
             See [the site](https://example.com) or <https://x.org>.\n\n\
             $$\na + b\n$$\n\n\
             ## Input\n\n\
             - one line holding $a$\n\
             - *then* $b$\n\n\
             ```\n1 2\n```\n\n\
             50% of the tests — small\u{a0}ones.\n"
        );
        assert_eq!(r.unsupported, BTreeSet::from(["\\illustration".to_string()]));
    }

    #[test]
    fn numbered_lists_and_display_math_environments() {
        let r = render("\\begin{enumerate}\n\\item a\n\\item b\n\\end{enumerate}\n\\begin{align*}x &= 1\\\\ y &= 2\\end{align*}\n\\begin{tabular}{c}x\\end{tabular}");
        assert!(
            r.markdown.starts_with(
                "1. a\n1. b\n\n$$\n\\begin{aligned}x &= 1\\\\ y &= 2\\end{aligned}\n$$\n"
            ),
            "{}",
            r.markdown
        );
        assert!(r.unsupported.contains("{tabular}"), "{:?}", r.unsupported);
    }
}
