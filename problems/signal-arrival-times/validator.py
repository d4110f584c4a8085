# Checks one test input against the statement: "n m s", then m lines "u v w", within bounds,
# single spaces, nothing else. Exit 42 when valid, 43 with the reason on stderr otherwise.
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


NUMBER = re.compile(r"0|[1-9][0-9]*")


def numbers(line, count, where):
    tokens = line.split(" ")
    if len(tokens) != count or not all(NUMBER.fullmatch(t) for t in tokens):
        reject(f"{where}: expected {count} non-negative integers, got {line[:60]!r}")
    return list(map(int, tokens))


text = sys.stdin.read()
if not text.endswith("\n"):
    reject("the input must end with a newline")
lines = text[:-1].split("\n")
n, m, s = numbers(lines[0], 3, "line 1")
if not (1 <= n <= 100000 and 0 <= m <= 100000 and 1 <= s <= n):
    reject(f"n = {n}, m = {m}, s = {s}: need 1 <= n <= 10^5, 0 <= m <= 10^5, 1 <= s <= n")
if len(lines) != m + 1:
    reject(f"expected {m} link lines after the first, got {len(lines) - 1}")
for i, line in enumerate(lines[1:], 2):
    u, v, w = numbers(line, 3, f"line {i}")
    if not (1 <= u <= n and 1 <= v <= n and w <= 10**9):
        reject(f"line {i}: need 1 <= u, v <= n and 0 <= w <= 10^9")
sys.exit(42)
