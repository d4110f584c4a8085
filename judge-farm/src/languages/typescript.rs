//! TypeScript: esbuild (npm, installed under /usr/lib/node_modules) strips the types into
//! JavaScript once per submission, then Node runs it. Types are not checked (tsc takes ~4 s per
//! submission); a syntax error is still a compile error. A folder program's other modules are
//! bundled into `main.js` (see `Together::Bundled`).

use algoarena_shared::language::Language;

use super::compiled::compiled;
use super::javascript::{NODE, NODE_HEAP};
use super::{LanguageSpec, Together};

pub const SPEC: LanguageSpec = compiled(
    Language::Typescript,
    "main.ts",
    &[
        "/usr/lib/node_modules/esbuild/bin/esbuild",
        "main.ts",
        "--outfile=main.js",
        "--platform=node",
        "--format=cjs",
        "--target=node20",
        "--color=false",
        "--log-level=error",
    ],
    &[NODE, NODE_HEAP, "/box/main.js"],
    "const [a, b]: number[] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\n\
     console.log(a + b);\n",
)
.together(Together::Bundled("--bundle"));
