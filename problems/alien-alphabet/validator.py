# Checks one test input against the statement: "n", then n words of 1..20 letters a-z, one per
# line, nothing else. Exit 42 when valid, 43 with the reason on stderr otherwise.
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


WORD = re.compile(r"[a-z]{1,20}")
text = sys.stdin.read()
if not text.endswith("\n"):
    reject("the input must end with a newline")
lines = text[:-1].split("\n")
if not re.fullmatch(r"[1-9][0-9]*", lines[0]) or not 1 <= int(lines[0]) <= 10000:
    reject(f"line 1: n must be an integer in 1..10^4, got {lines[0][:20]!r}")
n = int(lines[0])
if len(lines) != n + 1:
    reject(f"expected {n} words after the first line, got {len(lines) - 1} lines")
for i, w in enumerate(lines[1:], 2):
    if not WORD.fullmatch(w):
        reject(f"line {i}: a word must be 1..20 letters a-z, got {w[:30]!r}")
sys.exit(42)
