//! A C or C++ source given as one file (`input_validators/check.cpp`, a native package's
//! `checker.cpp`) with the local headers it `#include "..."`s put in place, each once as
//! `#pragma once` would: only that one file is stored, so what it includes from beside it
//! must travel inside it. (A folder program keeps its headers as files of their own.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::super::data::read;

/// `source` with each `#include "file"` that names a file beside it replaced by that file's
/// text (recursively, each file once).
pub(super) fn inlined(source: &Path) -> Result<String> {
    let folder = source.parent().unwrap_or(Path::new("."));
    let mut seen = BTreeSet::new();
    let mut out = String::new();
    inline(source, folder, &mut seen, &mut out)?;
    Ok(out)
}

fn inline(
    file: &Path,
    folder: &Path,
    seen: &mut BTreeSet<PathBuf>,
    out: &mut String,
) -> Result<()> {
    if !seen.insert(file.to_path_buf()) {
        return Ok(());
    }
    for line in read(file)?.split_inclusive('\n') {
        // Inlined, a header's guard would warn ("#pragma once in main file"); `seen` is it.
        if line.trim() == "#pragma once" {
            continue;
        }
        match local_include(line).map(|name| folder.join(name)).filter(|p| p.is_file()) {
            Some(header) => inline(&header, folder, seen, out)?,
            None => out.push_str(line),
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(())
}

/// The file of `#include "file"` (quoted: a local header), if the line is one.
fn local_include(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('#')?.trim_start().strip_prefix("include")?;
    let rest = rest.trim_start().strip_prefix('"')?;
    let name = &rest[..rest.find('"')?];
    (!name.contains("..") && !name.starts_with('/')).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_source_gets_its_local_headers_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path();
        std::fs::write(folder.join("validate.h"), "#pragma once\nint limit() { return 3; }\n")
            .unwrap();
        std::fs::write(
            folder.join("extra.h"),
            "#include \"validate.h\"\nint twice() { return 6; }",
        )
        .unwrap();
        std::fs::write(
            folder.join("check.cpp"),
            "#include <cstdio>\n#include \"validate.h\"\n  # include \"extra.h\"\nint main() {}\n",
        )
        .unwrap();
        assert_eq!(
            inlined(&folder.join("check.cpp")).unwrap(),
            "#include <cstdio>\nint limit() { return 3; }\nint twice() { return 6; }\nint main() {}\n"
        );
    }
}
