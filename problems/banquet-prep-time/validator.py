# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
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

minutes, rules = read_args(2)
if not isinstance(minutes, list) or not 1 <= len(minutes) <= 10**5:
    reject("minutes must be an array of 1..10^5 integers")
if not all(is_int(m, 1, 10**4) for m in minutes):
    reject("every minutes[i] must be an integer in 1..10^4")
n = len(minutes)
if not isinstance(rules, list) or len(rules) > 10**5:
    reject("rules must be an array of at most 10^5 rules")
for k, r in enumerate(rules):
    if not isinstance(r, list) or len(r) != 2 or not all(is_int(x, 0, n - 1) for x in r):
        reject(f"rules[{k}] must be [a, b] with 0 <= a, b < {n}")
    if r[0] == r[1]:
        reject(f"rules[{k}] joins task {r[0]} to itself")
sys.exit(42)
