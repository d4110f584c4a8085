//! JavaScript on the system Node.js, interpreted.

use algoarena_shared::language::Language;

use super::interpreted::interpreted;
use super::LanguageSpec;

/// Node's flags, shared with TypeScript: the old-space ceiling sits above any problem's memory
/// limit so the cgroup's OOM killer, not V8's heap limit, decides Memory Limit Exceeded.
pub(super) const NODE: &str = "/usr/bin/node";
pub(super) const NODE_HEAP: &str = "--max-old-space-size=1024";

pub const SPEC: LanguageSpec = interpreted(
    Language::Javascript,
    "main.js",
    &[NODE, NODE_HEAP, "/box/main.js"],
    "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n",
);
