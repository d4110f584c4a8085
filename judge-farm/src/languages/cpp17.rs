//! C++17 with the system g++, compiled once per submission.

use algoarena_shared::language::Language;

use super::LanguageSpec;

pub const SPEC: LanguageSpec = LanguageSpec {
    language: Language::Cpp17,
    source_file: "main.cpp",
    compile: Some(&["/usr/bin/g++", "-std=c++17", "-O2", "-pipe", "-o", "/box/main", "/box/main.cpp"]),
    run: &["/box/main"],
    self_test: "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n",
};
