# Checks one test input (n, then n values) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
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

NUMBER = re.compile(r"-?(0|[1-9][0-9]{0,9})")
text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 2:
    reject("expected exactly two lines, each ending with a newline")
first, second = text.split("\n")[:2]
if not re.fullmatch(r"[1-9][0-9]{0,5}", first) or not 1 <= int(first) <= 10**5:
    reject("first line: n must be an integer in 1..10^5")
n = int(first)
tokens = second.split(" ")
if len(tokens) != n:
    reject(f"second line: expected {n} values, got {len(tokens)}")
for t in tokens:
    if not NUMBER.fullmatch(t) or t == "-0" or not -10**9 <= int(t) <= 10**9:
        reject(f"second line: {t[:20]!r} is not an integer in -10^9..10^9")
sys.exit(42)
