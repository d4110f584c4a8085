# Checks one test input (n m, then m roads "a b w") against the statement's constraints.
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
lines = sys.stdin.read().split("\n")
if lines[-1] != "":
    reject("the input must end with a newline")
lines = lines[:-1]
head = lines[0].split(" ") if lines else []
if len(head) != 2 or not all(re.fullmatch(r"0|[1-9][0-9]{0,3}", t) for t in head):
    reject("first line: expected 'n m'")
n, m = map(int, head)
if not 1 <= n <= 500 or not 0 <= m <= 2000:
    reject(f"n = {n}, m = {m} out of range")
if len(lines) != m + 1:
    reject(f"expected {m} road lines, got {len(lines) - 1}")
for i, line in enumerate(lines[1:], 2):
    parts = line.split(" ")
    if len(parts) != 3 or not all(NUMBER.fullmatch(t) and t != "-0" for t in parts):
        reject(f"line {i}: expected 'a b w'")
    a, b, w = map(int, parts)
    if not (1 <= a <= n and 1 <= b <= n and -10**9 <= w <= 10**9):
        reject(f"line {i}: need 1 <= a, b <= n and |w| <= 10^9")
sys.exit(42)
