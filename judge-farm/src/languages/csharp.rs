//! C# with Mono (`mono-mcs`, `mono-runtime` from Debian), compiled once per submission. Mono's
//! heap has no ceiling of its own: the cgroup's OOM killer decides Memory Limit Exceeded.

use algoarena_shared::language::Language;

use super::compiled::compiled;
use super::LanguageSpec;

pub const SPEC: LanguageSpec = compiled(
    Language::Csharp,
    "main.cs",
    &["/usr/bin/mono", "/usr/lib/mono/4.5/mcs.exe", "-optimize+", "-nologo", "-out:/box/main.exe", "main.cs"],
    &["/usr/bin/mono", "/box/main.exe"],
    "using System;\nclass Program {\n    static void Main() {\n        var p = Console.ReadLine().Split(' ');\n        \
     Console.WriteLine(long.Parse(p[0]) + long.Parse(p[1]));\n    }\n}\n",
)
// Mono keeps its per-user state under $HOME; the box is read-only while tests run.
.env(&[("XDG_CONFIG_HOME", "/tmp")]);
