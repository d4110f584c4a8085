# Checks one test input: n on the first line, n heights on the second, single spaces, each line
# ending with a newline. Exit 42 when valid, 43 otherwise.
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
text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 2:
    reject("expected exactly two lines, each ending with a newline")
first, second = text.split("\n")[:2]
if not NUMBER.fullmatch(first) or not 2 <= int(first) <= 10**5:
    reject("first line: n must be an integer in 2..10^5")
tokens = second.split(" ")
if len(tokens) != int(first):
    reject(f"second line: expected {first} heights")
if not all(NUMBER.fullmatch(t) and int(t) <= 10**9 for t in tokens):
    reject("second line: every height must be an integer in 0..10^9")
sys.exit(42)
