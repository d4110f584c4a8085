# Checks one test input: "R C", then R rows of exactly C characters '.' or '#', each line ending
# with a newline. Exit 42 when valid, 43 otherwise.
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

text = sys.stdin.read()
if not text.endswith("\n"):
    reject("the input must end with a newline")
lines = text.split("\n")[:-1]
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", lines[0])
if not m or not 1 <= int(m[1]) <= 500 or not 1 <= int(m[2]) <= 500:
    reject("first line: R and C must be integers in 1..500")
r, c = int(m[1]), int(m[2])
if len(lines) != r + 1:
    reject(f"expected {r} grid rows after the first line")
row = re.compile(r"[.#]{%d}" % c)
for i, line in enumerate(lines[1:], 1):
    if not row.fullmatch(line):
        reject(f"row {i}: expected exactly {c} characters, each '.' or '#'")
sys.exit(42)
