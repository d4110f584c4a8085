//! The shape of the code, checked: the module graph read from the sources' `crate::` and
//! `super::` paths has no cycles (between a crate's top-level modules, and between the files
//! of any one folder), and the farm's query modules import nothing from the judge, the worker
//! or the routes. ARCHITECTURE.md describes the layers this keeps honest.
//!
//! It reads text rather than compiler output on purpose: it needs no extra tool, runs in
//! milliseconds, and fails with the offending paths named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module, as the path of segments from the crate root (`["judge", "scoring"]`).
type Module = Vec<String>;

/// Which modules each module's non-test code names.
struct Graph {
    modules: BTreeSet<Module>,
    edges: BTreeMap<Module, BTreeSet<Module>>,
}

impl Graph {
    fn of_crate(src: &Path) -> Graph {
        let mut files = Vec::new();
        collect_rust_files(src, &mut files);
        let modules: BTreeSet<Module> = files.iter().map(|f| module_of(src, f)).collect();
        let mut edges = BTreeMap::new();
        for file in &files {
            let module = module_of(src, file);
            let text = std::fs::read_to_string(file).expect("reading a source file");
            let targets = referenced_paths(&module, &non_test_code(&text))
                .into_iter()
                .filter_map(|path| resolve(&modules, &path))
                .filter(|target| *target != module)
                .collect();
            edges.insert(module, targets);
        }
        Graph { modules, edges }
    }

    /// The edges between the crate's units: its top-level modules, except that a vertical
    /// slice (a folder with its own queries and routes, like `accounts/`) counts each of its
    /// children as a unit. A file's edges count for its unit.
    fn units(&self, slices: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
        let unit_of = |module: &Module| -> Option<String> {
            let first = module.first()?;
            let depth = if slices.contains(&first.as_str()) && module.len() > 1 { 2 } else { 1 };
            Some(module[..depth].join("::"))
        };
        let mut units: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, targets) in &self.edges {
            let Some(from_unit) = unit_of(from) else { continue };
            let entry = units.entry(from_unit.clone()).or_default();
            for target in targets {
                if let Some(to_unit) = unit_of(target).filter(|t| *t != from_unit) {
                    entry.insert(to_unit);
                }
            }
        }
        units
    }

    /// For each folder, the edges between its files (its `mod.rs` left out: a parent that
    /// declares and re-exports its children is not a cycle).
    fn sibling_graphs(&self) -> BTreeMap<Module, BTreeMap<String, BTreeSet<String>>> {
        let mut folders: BTreeMap<Module, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
        for module in &self.modules {
            let Some((name, parent)) = module.split_last() else { continue };
            let siblings = folders.entry(parent.to_vec()).or_default();
            let targets = self.edges.get(module).into_iter().flatten();
            let named: BTreeSet<String> = targets
                .filter(|t| t.len() > parent.len() && t[..parent.len()] == *parent)
                .map(|t| t[parent.len()].clone())
                .filter(|t| {
                    t != name && self.modules.contains(&[parent, std::slice::from_ref(t)].concat())
                })
                .collect();
            siblings.entry(name.clone()).or_default().extend(named);
        }
        folders
    }
}

fn collect_rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("reading a source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            collect_rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn is_mod_file(file: &Path) -> bool {
    matches!(file.file_name().and_then(|n| n.to_str()), Some("mod.rs" | "lib.rs" | "main.rs"))
}

fn module_of(src: &Path, file: &Path) -> Module {
    let relative = file.strip_prefix(src).expect("a file under src");
    let mut segments: Module =
        relative.iter().map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if is_mod_file(file) {
        segments.pop();
    }
    segments
}

/// The source without its unit tests (they may reach anywhere) and without comments (a doc
/// comment may name any module without depending on it).
fn non_test_code(text: &str) -> String {
    let code = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    };
    code.lines()
        .map(|line| line.find("//").map_or(line, |at| &line[..at]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every absolute module path the code names through `crate::` or `super::`, with groups
/// (`crate::db::{problems, submissions}`) expanded one level.
fn referenced_paths(module: &Module, code: &str) -> Vec<Module> {
    let mut paths = Vec::new();
    for (start, prefix) in [("crate::", "crate"), ("super::", "super")] {
        for (at, _) in code.match_indices(start) {
            // `super` must be a whole word (not `xsuper::`), like `crate`.
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some(base) = base_of(module, prefix, &code[at..]) else { continue };
            for tail in tails(&code[at + start.len()..]) {
                paths.push([base.clone(), tail].concat());
            }
        }
    }
    paths
}

/// Where a path starting at `text` (`crate::…`, `super::super::…`) is rooted.
fn base_of(module: &Module, prefix: &str, text: &str) -> Option<Module> {
    if prefix == "crate" {
        return Some(Vec::new());
    }
    // In `a/b.rs` and in `a/b/mod.rs` (both module a::b) `super` is `a`.
    let ups = count_leading(text, "super::");
    module.len().checked_sub(ups).map(|keep| module[..keep].to_vec())
}

fn count_leading(text: &str, word: &str) -> usize {
    let mut rest = text;
    let mut count = 0;
    while let Some(stripped) = rest.strip_prefix(word) {
        count += 1;
        rest = stripped;
    }
    count
}

/// The module paths after the root: `a::b::C` gives `[a, b, C]`; `a::{b, c::d}` gives
/// `[a, b]` and `[a, c, d]`.
fn tails(text: &str) -> Vec<Module> {
    let text = text.trim_start_matches("super::");
    let mut head = Vec::new();
    let mut rest = text;
    loop {
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        head.push(rest[..end].to_string());
        rest = &rest[end..];
        match rest.strip_prefix("::") {
            Some(next) => rest = next,
            None => return vec![head],
        }
    }
    let Some(group) = rest.strip_prefix('{') else { return vec![head] };
    let mut items = Vec::new();
    let (mut depth, mut item_start) = (0usize, 0usize);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[item_start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[item_start..i]);
                item_start = i + 1;
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for item in items {
        let item = item.trim();
        if item.is_empty() || item == "self" {
            out.push(head.clone());
            continue;
        }
        for tail in tails(item) {
            out.push([head.clone(), tail].concat());
        }
    }
    out
}

/// The longest prefix of `path` that is a module of the crate.
fn resolve(modules: &BTreeSet<Module>, path: &Module) -> Option<Module> {
    (1..=path.len()).rev().map(|n| path[..n].to_vec()).find(|prefix| modules.contains(prefix))
}

/// The cycles of a graph, each as its members (strongly connected components of two or more).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reaches = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(node) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|k| (k, reaches(k))).collect();
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    for node in graph.keys() {
        let component: BTreeSet<String> = reach[node]
            .iter()
            .filter(|other| reach.get(other).is_some_and(|r| r.contains(node)))
            .cloned()
            .chain(std::iter::once(node.clone()))
            .collect();
        if component.len() > 1 && !found.contains(&component) {
            found.push(component);
        }
    }
    found
}

fn crate_src(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Folders of the farm that are vertical slices (see [`Graph::units`]).
const SLICES: &[&str] = &["accounts", "billing", "difficulty", "practice", "reviews", "solutions"];

fn assert_acyclic(name: &str, src: &Path) {
    let graph = Graph::of_crate(src);
    let mut problems = Vec::new();
    for cycle in cycles(&graph.units(SLICES)) {
        problems.push(format!("modules import each other: {cycle:?}"));
    }
    for (folder, siblings) in graph.sibling_graphs() {
        if folder.is_empty() {
            continue; // the crate root's files are its top-level modules, checked above
        }
        for cycle in cycles(&siblings) {
            problems.push(format!("files of {}/ import each other: {cycle:?}", folder.join("/")));
        }
    }
    assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
}

#[test]
fn the_farm_has_no_import_cycles() {
    assert_acyclic("judge-farm", &crate_src("src"));
}

#[test]
fn the_edge_has_no_import_cycles() {
    assert_acyclic("edge", &crate_src("../edge/src"));
}

#[test]
fn the_shared_crate_has_no_import_cycles() {
    assert_acyclic("shared", &crate_src("../shared/src"));
}

#[test]
fn queries_import_nothing_from_the_judge_the_worker_or_the_routes() {
    let graph = Graph::of_crate(&crate_src("src"));
    let forbidden = [&["judge"][..], &["worker"], &["routes"], &["accounts", "routes"], &["error"]];
    let mut offending = Vec::new();
    for (module, targets) in &graph.edges {
        let is_query_module = module.first().is_some_and(|m| m == "db")
            || module.starts_with(&["accounts".to_string(), "db".to_string()]);
        if !is_query_module {
            continue;
        }
        for target in targets {
            if forbidden
                .iter()
                .any(|f| target.starts_with(&f.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
            {
                offending.push(format!("{} -> {}", module.join("::"), target.join("::")));
            }
        }
    }
    assert!(offending.is_empty(), "query modules reach up:\n{}", offending.join("\n"));
}

#[test]
fn the_graph_reader_understands_the_path_forms_it_meets() {
    assert_eq!(
        tails("db::{problems, submissions::Verdict};"),
        vec![
            vec!["db".to_string(), "problems".into()],
            vec!["db".into(), "submissions".into(), "Verdict".into()],
        ]
    );
    let module = vec!["judge".to_string(), "custom_checker".into()];
    let found = referenced_paths(&module, "use super::program_box::ProgramBox;");
    assert_eq!(found, vec![vec!["judge".to_string(), "program_box".into(), "ProgramBox".into()]]);
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["a".to_string()])),
        ("c".to_string(), BTreeSet::from(["a".to_string()])),
    ]
    .into();
    assert_eq!(cycles(&graph), vec![BTreeSet::from(["a".to_string(), "b".to_string()])]);
}
