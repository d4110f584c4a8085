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
"""

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

    def run_tool(self, *argv):
        """Runs package.py's main, returning its exit status and what it printed."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = package.main([*argv, str(self.package)])
        return status, out.getvalue() + err.getvalue()

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

    def test_a_folder_of_packages_leaves_out_the_legacy_ones(self):
        legacy = self.root / "two-sum"
        legacy.mkdir()
        (legacy / "problem.toml").write_text('slug = "two-sum"\n')
        self.assertEqual(package.packages_in([self.root]), [self.package])


if __name__ == "__main__":
    unittest.main()
