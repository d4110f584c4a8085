# Checks one test input against the statement: "n q" on the first line, then n lines
# "l r c" with -10^9 <= l <= r <= 10^9 and 1 <= c <= 10^9, then one line of q days in
# -10^9..10^9; single spaces, no other whitespace. Exit 42 when valid, 43 otherwise.
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

INTEGER = re.compile(r"0|-?[1-9][0-9]*")
D, C, N = 10**9, 10**9, 50000


def numbers(line, count, where):
    tokens = line.split(" ")
    if len(tokens) != count:
        reject(f"{where}: expected {count} integers, got {len(tokens)}")
    for t in tokens:
        if not INTEGER.fullmatch(t) or len(t) > 12:
            reject(f"{where}: {t[:20]!r} is not an integer")
    return [int(t) for t in tokens]


text = sys.stdin.read()
if not text.endswith("\n"):
    reject("the input must end with a newline")
lines = text[:-1].split("\n")
n, q = numbers(lines[0], 2, "line 1")
if not 1 <= n <= N or not 1 <= q <= N:
    reject(f"line 1: n and q must be in 1..5·10^4, got {n} {q}")
if len(lines) != n + 2:
    reject(f"expected {n + 2} lines, got {len(lines)}")
for i in range(n):
    l, r, c = numbers(lines[1 + i], 3, f"line {2 + i}")
    if not -D <= l <= r <= D:
        reject(f"line {2 + i}: need -10^9 <= l <= r <= 10^9, got {l} {r}")
    if not 1 <= c <= C:
        reject(f"line {2 + i}: the cost must be in 1..10^9, got {c}")
for x in numbers(lines[n + 1], q, f"line {n + 2}"):
    if not -D <= x <= D:
        reject(f"line {n + 2}: day {x} is outside -10^9..10^9")
sys.exit(42)
