# Kattis output validator: validate.py <input> <answer> <feedback_dir> < contestant output.
# Its folder also holds a settings file named `input`, which the judge's own test files must
# not overwrite (they are given by path, elsewhere in the box).
import os
import sys

settings = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "input")).read()
if settings.strip() != "compare: tokens":
    sys.exit(f"the validator's own settings file was replaced: {settings[:40]!r}")
expected = open(sys.argv[2]).read().split()
got = sys.stdin.read().split()
sys.exit(42 if got == expected else 43)
