# Checks one test input (a line of JSON arguments): a grid of 1..12 × 1..12 lowercase letters and
# 1..10^4 distinct words of 1..10 lowercase letters. Exit 42 when valid, 43 otherwise.
import re
import sys

# --- shared: validate.py (problems/tools/lib; `package.py sync` rewrites it) ---
# Validator basics: exit 42 accepts the test on stdin, 43 (reject) refuses it; JSON lines.
import json
import sys


def reject(why):
    """Rejects the test: the reason on stderr, exit 43."""
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low=None, high=None):
    """Whether v is a JSON integer (not a boolean), within low..high when they are given."""
    return (isinstance(v, int) and not isinstance(v, bool)
            and (low is None or low <= v) and (high is None or v <= high))


def read_json_line():
    """The test's one line of JSON, parsed."""
    text = sys.stdin.read()
    if not text.endswith("\n") or text.count("\n") != 1:
        reject("expected exactly one line, ending with a newline")
    try:
        return json.loads(text)
    except ValueError as e:
        reject(f"not JSON: {e}")


def read_args(arity):
    """A function problem's test: one line of JSON, an array of `arity` arguments."""
    args = read_json_line()
    if not isinstance(args, list) or len(args) != arity:
        reject(f"expected a JSON array of {arity} arguments")
    return args
# --- end shared: validate.py ---

grid, words = read_args(2)
if not isinstance(grid, list) or not 1 <= len(grid) <= 12:
    reject("grid must have 1..12 rows")
if not all(isinstance(row, list) and len(row) == len(grid[0]) for row in grid) or not 1 <= len(grid[0]) <= 12:
    reject("every row must have the same 1..12 cells")
if not all(isinstance(ch, str) and re.fullmatch(r"[a-z]", ch) for row in grid for ch in row):
    reject("every cell must be one lowercase letter")
if not isinstance(words, list) or not 1 <= len(words) <= 10**4:
    reject("words must be an array of 1..10^4 words")
if not all(isinstance(w, str) and re.fullmatch(r"[a-z]{1,10}", w) for w in words):
    reject("every word must be 1..10 lowercase letters")
if len(set(words)) != len(words):
    reject("the words must be distinct")
sys.exit(42)
