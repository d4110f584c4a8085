//! Go 1.23 (Debian bookworm-backports `golang-1.23-go`), compiled once per submission.
//!
//! Go needs a writable build cache and has no prebuilt standard library: building `fmt` and
//! friends from nothing takes ~18 s. The install script warms a cache once into
//! `CACHE_DIR/go-cache` (read-only in the sandbox); each compile copies it into the run's private
//! /tmp (a few MB, tens of ms) and builds against it with the same flags.

use algoarena_shared::language::Language;

use super::compiled::compiled;
use super::LanguageSpec;

pub const SPEC: LanguageSpec = compiled(
    Language::Go,
    "main.go",
    &[
        "/bin/sh",
        "-c",
        "cp -r /usr/local/lib/algoarena/go-cache /tmp/gocache 2>/dev/null; \
         exec /usr/lib/go-1.23/bin/go build -trimpath -o /box/main main.go",
    ],
    &["/box/main"],
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n",
)
.env(&[
    ("GOROOT", "/usr/lib/go-1.23"),
    ("GOCACHE", "/tmp/gocache"),
    ("GOPATH", "/tmp/gopath"),
    ("GO111MODULE", "off"),
    ("GOTOOLCHAIN", "local"),
    ("GOPROXY", "off"),
    ("CGO_ENABLED", "0"),
]);
