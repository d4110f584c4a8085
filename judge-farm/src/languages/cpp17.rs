//! C++17 with the system g++, compiled once per submission. `bits/stdc++.h` comes from a
//! precompiled header the install script builds with these exact flags into
//! `CACHE_DIR/pch/bits/stdc++.h.gch` (found through `-I` before the real header; without it the
//! header is simply parsed, ~3 s instead of ~0.6 s).

use algoarena_shared::language::Language;

use super::compiled::compiled;
use super::LanguageSpec;

pub const SPEC: LanguageSpec = compiled(
    Language::Cpp17,
    "main.cpp",
    &[
        "/usr/bin/g++",
        "-std=c++17",
        "-O2",
        "-pipe",
        "-I/usr/local/lib/algoarena/pch",
        "-include",
        "bits/stdc++.h",
        "-o",
        "/box/main",
        "/box/main.cpp",
    ],
    &["/box/main"],
    // Uses bits/stdc++.h, as most contest code does, so the precompiled header is tested too.
    "#include <bits/stdc++.h>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n",
)
// The ICPC format's C++ extensions (problemtools' `*.cc *.C *.cpp *.cxx *.c++`).
.more_extensions(&["cc", "cxx", "c++", "C"]);
