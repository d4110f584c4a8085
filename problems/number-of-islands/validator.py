# Checks one test input against the statement: "R C" on the first line, then exactly R rows
# of C characters from "#.", and nothing else. Exit 42 when valid, 43 with the reason on
# stderr otherwise.
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
lines = text[:-1].split("\n")
head = lines[0].split(" ")
if len(head) != 2 or not all(re.fullmatch(r"[1-9][0-9]*", t) for t in head):
    reject(f"first line: expected 'R C', got {lines[0][:40]!r}")
rows, cols = map(int, head)
if not (1 <= rows <= 300 and 1 <= cols <= 300):
    reject(f"R = {rows}, C = {cols}: both must be in 1..300")
if len(lines) != rows + 1:
    reject(f"expected {rows} rows after the first line, got {len(lines) - 1}")
for i, row in enumerate(lines[1:], start=1):
    if len(row) != cols or not re.fullmatch(r"[#.]*", row):
        reject(f"row {i}: expected {cols} characters from '#.'")
sys.exit(42)
