# Checks one test input: "n q", the n sorted codes, the q query codes, each line ending with a
# newline and numbers separated by single spaces. Exit 42 when valid, 43 otherwise.
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

INT = re.compile(r"-?(0|[1-9][0-9]*)")


def numbers(line, count, what):
    tokens = line.split(" ")
    if len(tokens) != count or not all(INT.fullmatch(t) for t in tokens):
        reject(f"{what}: expected {count} integers separated by single spaces")
    values = [int(t) for t in tokens]
    if not all(-10**9 <= v <= 10**9 for v in values):
        reject(f"{what}: every value must be in -10^9..10^9")
    return values


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 3:
    reject("expected exactly three lines, each ending with a newline")
first, second, third = text.split("\n")[:3]
m = re.fullmatch(r"([1-9][0-9]*) ([1-9][0-9]*)", first)
if not m or not 1 <= int(m[1]) <= 10**5 or not 1 <= int(m[2]) <= 10**5:
    reject("first line: n and q must be integers in 1..10^5")
codes = numbers(second, int(m[1]), "second line")
if any(a > b for a, b in zip(codes, codes[1:])):
    reject("second line: the codes must be in non-decreasing order")
numbers(third, int(m[2]), "third line")
sys.exit(42)
