"""Tests for package.py on a small package made in a temporary folder.

    python3 -m unittest discover -s problems/tools
"""

import contextlib
import io
import os
import shutil
import tempfile
import textwrap
import unittest
from pathlib import Path

import package

MANIFEST = """\
slug = "tiny"
title = "Tiny"
difficulty = "Easy"
tags = ["Math"]
companies = ["Nobody"]
validator = "validator.py"

[[hints]]
text = "one"

[[hints]]
text = "two"

[[hints]]
text = "three"
premium = true

[starter_code]
""" + "".join(f'{language} = "read x"\n' for language in (
    "python3", "cpp17", "c", "java", "typescript", "go", "rust", "kotlin", "csharp", "javascript"))

# Writes 25 secret tests and 2 samples: "x" with 0 <= x <= LIMIT, the answer 2x.
GENERATOR = """\
import random, shutil
from pathlib import Path
LIMIT = 100
shutil.rmtree("data", ignore_errors=True)
rng = random.Random(7)
for kind, count in (("sample", 2), ("secret", 25)):
    for i in range(count):
        x = rng.randint(0, LIMIT)
        path = Path("data") / kind / f"{i:02d}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.with_suffix(".in").write_text(f"{x}\\n")
        path.with_suffix(".ans").write_text(f"{2 * x}\\n")
"""

VALIDATOR = """\
import sys
x = int(sys.stdin.read())
sys.exit(42 if 0 <= x <= 100 else 43)
"""

STATEMENT = """\
Double `x`.

**Example 1:** `1` gives `2`.

**Example 2:** `5` gives `10`.

**Constraints:** `0 <= x <= 100`
"""

EDITORIAL = "Multiply by two: O(1).\n\n## Common mistakes\n\n- Adding one.\n"

# A Kattis package of the same problem: problem.yaml, its catalogue facts in algoarena.toml and
# its editorial in solution/solution.en.md. Its generator clears data/ and writes 2 samples and
# 25 tests in a group folder (data/secret/group1), and no testdata.yaml.
KATTIS_YAML = "name: Tiny\nvalidation: default\n"

KATTIS_GENERATOR = """\
import random, shutil
from pathlib import Path
shutil.rmtree("data", ignore_errors=True)
rng = random.Random(7)
for folder, count in (("sample", 2), ("secret/group1", 25)):
    for i in range(count):
        x = rng.randint(0, 100)
        path = Path("data") / folder / f"{i:02d}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.with_suffix(".in").write_text(f"{x}\\n")
        path.with_suffix(".ans").write_text(f"{2 * x}\\n")
"""

STARTER_LANGUAGES = ("python3", "cpp17", "c", "java", "typescript", "go", "rust", "kotlin",
                     "csharp", "javascript")
FACTS = """\
order = 5
tags = ["Math"]
companies = ["Nobody"]

[[hints]]
text = "one"

[[hints]]
text = "two"

[[hints]]
text = "three"
premium = true

[starter_code]
""" + "".join(f'{language} = "read x"\n' for language in STARTER_LANGUAGES)


class PackageTool(unittest.TestCase):
    def setUp(self):
        self.root = Path(tempfile.mkdtemp())
        self.package = self.root / "tiny"
        files = {
            "problem.toml": MANIFEST,
            "generators/generate.py": GENERATOR,
            "validator.py": VALIDATOR,
            "statement.md": STATEMENT,
            "editorial.md": EDITORIAL,
            "submissions/accepted/double.py": "print(2 * int(input()))\n",
            "submissions/accepted/double.cpp": "int main() {}\n",
        }
        for name, text in files.items():
            path = self.package / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text))
        # The content cache is off unless a test turns it on, in a folder of its own.
        self.saved_cache = os.environ.pop("ALGOARENA_CACHE", None)

    def tearDown(self):
        os.environ.pop("ALGOARENA_CACHE", None)
        if self.saved_cache is not None:
            os.environ["ALGOARENA_CACHE"] = self.saved_cache
        shutil.rmtree(self.root)

    def run_tool(self, *argv, target=None):
        """Runs package.py's main on a package (the native one unless `target` says), returning
        its exit status and what it printed."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = package.main([*argv, str(target or self.package)])
        return status, out.getvalue() + err.getvalue()

    def make_kattis(self) -> Path:
        """A complete Kattis package beside the native one, its data/ written by its generator,
        plus a testdata.yaml kept by hand (the generator does not write it)."""
        kattis = self.root / "tiny-kattis"
        files = {
            "problem.yaml": KATTIS_YAML,
            "problem_statement/problem.en.md": STATEMENT,
            "generators/generate.py": KATTIS_GENERATOR,
            "input_validators/validate/validate.py": VALIDATOR,
            "algoarena.toml": FACTS,
            "solution/solution.en.md": EDITORIAL,
            "submissions/accepted/double.py": "print(2 * int(input()))\n",
            "submissions/accepted/double.cpp": "int main() {}\n",
        }
        for name, text in files.items():
            path = kattis / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        self.assertEqual(self.run_tool("regen", target=kattis),
                         (0, f"ok   {kattis}: 27 tests (Kattis: the import runs its input validator)\n"))
        (kattis / "data/secret/group1/testdata.yaml").write_text("accept_score: 100\n")
        return kattis

    def edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text()
        self.assertIn(old, text)
        path.write_text(text.replace(old, new, 1))

    def test_regen_writes_the_tests_and_lint_accepts_a_complete_package(self):
        self.assertEqual(self.run_tool("regen"), (0, f"ok   {self.package}: 27 tests valid\n"))
        self.assertEqual(self.run_tool("lint")[0], 0)

    def test_check_notices_tests_that_differ_from_the_generator(self):
        self.run_tool("regen")
        (self.package / "data/secret/03.ans").write_text("-1\n")
        status, printed = self.run_tool("check")
        self.assertEqual(status, 1)
        self.assertIn("secret/03.ans", printed)

    def test_a_test_the_validator_rejects_is_named(self):
        gen = self.package / "generators/generate.py"
        gen.write_text(gen.read_text().replace("LIMIT = 100", "LIMIT = 1000"))
        status, printed = self.run_tool("regen")
        self.assertEqual(status, 1)
        self.assertIn("rejected by the validator", printed)

    def test_a_c_validator_is_compiled_with_gcc_and_judges_every_test(self):
        (self.package / "validator.py").unlink()
        (self.package / "validator.c").write_text(
            "#include <stdio.h>\n#include <math.h>\n"
            "int main(void) { double x; if (scanf(\"%lf\", &x) != 1) return 43; "
            "return fabs(x) <= 100 && x >= 0 ? 42 : 43; }\n")
        manifest = self.package / "problem.toml"
        manifest.write_text(manifest.read_text().replace('"validator.py"', '"validator.c"'))
        self.assertEqual(self.run_tool("regen"), (0, f"ok   {self.package}: 27 tests valid\n"))
        gen = self.package / "generators/generate.py"
        gen.write_text(gen.read_text().replace("LIMIT = 100", "LIMIT = 1000"))
        status, printed = self.run_tool("regen")
        self.assertEqual(status, 1)
        self.assertIn("rejected by the validator", printed)

    def test_lint_lists_what_the_catalogue_requires(self):
        self.run_tool("regen")
        (self.package / "editorial.md").write_text("No complexity here.\n")
        (self.package / "submissions/accepted/double.cpp").unlink()
        status, printed = self.run_tool("lint")
        self.assertEqual(status, 1)
        self.assertIn("no complexity", printed)
        self.assertIn("no C++ reference", printed)

    def test_a_stdin_package_needs_a_starter_in_all_ten_languages(self):
        self.run_tool("regen")
        manifest = self.package / "problem.toml"
        self.edit(manifest, 'c = "read x"\n', "")
        self.edit(manifest, 'kotlin = "read x"\n', "")
        self.edit(manifest, 'go = "read x"', 'go = " "')
        status, printed = self.run_tool("lint")
        self.assertEqual(status, 1)
        self.assertIn(f"FAIL {self.package}:", printed)
        self.assertIn("problem.toml: no starter code in c, kotlin (a stdin/stdout package needs "
                      "a hand-written starter in all ten languages: python3, cpp17, c, ", printed)
        self.assertIn("problem.toml: the starter code in go is empty", printed)
        # An interactive package is held to the same rule, and says so.
        manifest.write_text(manifest.read_text().replace(
            "[starter_code]", '[interactor]\nfile = "interactor.py"\n\n[starter_code]'))
        self.assertIn("problem.toml: no starter code in c, kotlin (an interactive package",
                      self.run_tool("lint")[1])

    def test_a_function_or_design_package_is_exempt_from_the_starter_rule(self):
        self.run_tool("regen")
        manifest = self.package / "problem.toml"
        without_starters = manifest.read_text().split("[starter_code]")[0]
        manifest.write_text(without_starters)
        status, printed = self.run_tool("lint")
        self.assertEqual(status, 1)
        self.assertIn("problem.toml: no starter code in python3, cpp17, c, java,", printed)
        for table in ('[function]\nname = "double"\nparams = [ { name = "x", type = "int" } ]\n'
                      'returns = "int"\n',
                      '[design]\nclass = "Doubler"\n'):
            manifest.write_text(without_starters + table)
            self.assertEqual(self.run_tool("lint"), (0, f"ok   {self.package}: 27 tests valid\n"),
                             table)

    def test_a_function_package_may_hold_only_integers_javascript_keeps_exact(self):
        self.edit(self.package / "generators/generate.py", 'f"{2 * x}', 'f"{2 * x + 2**53}')
        self.run_tool("regen")
        # A stdin package's numbers are text: a big one is the reader's business.
        self.assertEqual(self.run_tool("lint")[0], 0)
        manifest = self.package / "problem.toml"
        manifest.write_text(manifest.read_text().split("[starter_code]")[0]
                            + '[function]\nname = "double"\nparams = [ { name = "x", type = "int" } ]\n'
                            'returns = "int"\n')
        status, printed = self.run_tool("lint")
        self.assertEqual(status, 1)
        self.assertIn("data/sample/00.ans: an integer beyond ±(2^53 - 1)", printed)
        self.assertNotIn(".in:", printed)

    def test_shared_blocks_are_copied_from_the_library_and_drift_fails_check(self):
        block = package.shared_block("validate.py")
        validator = self.package / "validator.py"
        validator.write_text(block + "x = read_json_line()\nsys.exit(42 if is_int(x, 0, 100) else 43)\n")
        self.assertEqual(self.run_tool("regen")[0], 0)
        self.assertEqual(self.run_tool("check")[0], 0)
        validator.write_text(validator.read_text().replace("exit 43", "exit 44", 1))
        status, printed = self.run_tool("check")
        self.assertEqual(status, 1)
        self.assertIn("shared code differs from problems/tools/lib in validator.py", printed)
        self.assertEqual(self.run_tool("sync")[0], 0)
        self.assertEqual(validator.read_text().count("exit 43"), 1)
        self.assertEqual(self.run_tool("check")[0], 0)

    def test_a_package_that_passed_is_not_checked_again_until_a_byte_changes(self):
        os.environ["ALGOARENA_CACHE"] = str(self.root / "cache")
        self.run_tool("regen")
        self.assertEqual(self.run_tool("check"), (0, f"ok   {self.package}: 27 tests valid\n"))
        self.assertIn("(cached)", self.run_tool("check")[1])
        self.assertNotIn("(cached)", self.run_tool("check", "--no-cache")[1])
        self.assertNotIn("(cached)", self.run_tool("lint")[1], "lint is cached apart from check")
        (self.package / "data/secret/03.ans").write_text("-1\n")
        status, printed = self.run_tool("check")
        self.assertEqual(status, 1)
        self.assertIn("secret/03.ans", printed)

    def test_a_folder_of_packages_holds_the_native_and_the_kattis_ones(self):
        kattis = self.root / "pair-sum"
        kattis.mkdir()
        (kattis / "problem.yaml").write_text("name: Pair Sum\n")
        (self.root / "tools").mkdir()
        self.assertEqual(package.packages_in([self.root]), [kattis, self.package])

    def test_lint_accepts_a_complete_kattis_package(self):
        kattis = self.make_kattis()
        self.assertEqual(self.run_tool("lint", target=kattis),
                         (0, f"ok   {kattis}: 27 tests (Kattis: the import runs its input validator)\n"))

    def test_a_kattis_package_without_hints_fails_lint(self):
        kattis = self.make_kattis()
        facts = kattis / "algoarena.toml"
        facts.write_text(facts.read_text().split("[[hints]]")[0] + "[starter_code]" +
                         facts.read_text().split("[starter_code]")[1])
        status, printed = self.run_tool("lint", target=kattis)
        self.assertEqual(status, 1)
        self.assertIn("algoarena.toml: 0 hints, need 3 tiers", printed)

    def test_lint_lists_what_a_kattis_package_lacks(self):
        kattis = self.make_kattis()
        facts = kattis / "algoarena.toml"
        self.edit(facts, "order = 5", 'order = "5"\nslug = "tiny"')
        self.edit(facts, 'text = "two"', 'text = " "')
        self.edit(facts, 'companies = ["Nobody"]', "companies = []")
        self.edit(facts, 'kotlin = "read x"\n', 'cobol = "read x"\n')
        (kattis / "solution/solution.en.md").write_text("Multiply by two.\n")
        (kattis / "submissions/accepted/double.py").unlink()
        status, printed = self.run_tool("lint", target=kattis)
        self.assertEqual(status, 1)
        for expected in ("algoarena.toml: unknown key 'slug'",
                         "algoarena.toml: `order` must be an integer",
                         "algoarena.toml: a hint's text is empty",
                         "algoarena.toml: no companies",
                         "algoarena.toml: no starter code in kotlin",
                         "algoarena.toml: starter_code has an unknown language 'cobol'",
                         "solution/solution.en.md: no complexity (O(...))",
                         "solution/solution.en.md: no '## Common mistakes' section",
                         "submissions/accepted: no Python reference"):
            self.assertIn(expected, printed)

    def test_a_kattis_package_needs_its_facts_its_editorial_and_enough_tests(self):
        kattis = self.make_kattis()
        (kattis / "algoarena.toml").unlink()
        shutil.rmtree(kattis / "solution")
        self.edit(kattis / "generators/generate.py", '(("sample", 2), ("secret/group1", 25))',
                  '(("sample", 1), ("secret/group1", 5))')
        self.run_tool("regen", target=kattis)
        status, printed = self.run_tool("lint", target=kattis)
        self.assertEqual(status, 1)
        for expected in ("algoarena.toml: missing", "solution/solution.en.md: missing",
                         "data/sample: 1 tests, need at least 2", "data: 6 tests, need at least 25"):
            self.assertIn(expected, printed)
        (kattis / "algoarena.toml").write_text("order = \n")
        self.assertIn("algoarena.toml: does not parse", self.run_tool("lint", target=kattis)[1])

    def test_kattis_tests_must_be_what_the_generator_writes_but_testdata_yaml_may_be_kept(self):
        kattis = self.make_kattis()
        # The generator clears data/ and writes no testdata.yaml: the one kept by hand is fine.
        self.assertEqual(self.run_tool("check", target=kattis)[0], 0)
        (kattis / "data/secret/group1/03.ans").write_text("-1\n")
        (kattis / "data/secret/group1/99.in").write_text("1\n")
        (kattis / "data/secret/group1/99.ans").write_text("2\n")
        status, printed = self.run_tool("lint", target=kattis)
        self.assertEqual(status, 1)
        for name in ("secret/group1/03.ans", "secret/group1/99.in", "secret/group1/99.ans"):
            self.assertIn(name, printed)
        (kattis / "generators/generate.py").unlink()
        self.assertIn("generators/generate.py: missing", self.run_tool("lint", target=kattis)[1])

    def test_a_kattis_testdata_yaml_the_generator_writes_must_match(self):
        kattis = self.make_kattis()
        gen = kattis / "generators/generate.py"
        gen.write_text(gen.read_text() + 'Path("data/secret/group1/testdata.yaml").write_text("accept_score: 50\\n")\n')
        status, printed = self.run_tool("check", target=kattis)
        self.assertEqual(status, 1)
        self.assertIn("secret/group1/testdata.yaml", printed)

    def test_a_kattis_package_that_passed_lint_is_cached_until_a_byte_changes(self):
        os.environ["ALGOARENA_CACHE"] = str(self.root / "cache")
        kattis = self.make_kattis()
        self.assertEqual(self.run_tool("lint", target=kattis)[0], 0)
        self.assertIn("(cached)", self.run_tool("lint", target=kattis)[1])
        self.edit(kattis / "solution/solution.en.md", "## Common mistakes", "## Pitfalls")
        status, printed = self.run_tool("lint", target=kattis)
        self.assertEqual(status, 1)
        self.assertIn("no '## Common mistakes' section", printed)


if __name__ == "__main__":
    unittest.main()
