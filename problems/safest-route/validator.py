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

n, trails, chance, start, goal = read_args(5)
if not is_int(n, 2, 10**4):
    reject("n must be in 2..10^4")
if not isinstance(trails, list) or len(trails) > 2 * 10**4:
    reject("trails must be an array of at most 2·10^4 trails")
if not isinstance(chance, list) or len(chance) != len(trails):
    reject("chance must have one value per trail")
for t in trails:
    if not (isinstance(t, list) and len(t) == 2 and all(is_int(v, 0, n - 1) for v in t)) or t[0] == t[1]:
        reject(f"trail {t} must join two different camps in 0..n-1")
for c in chance:
    if isinstance(c, bool) or not isinstance(c, (int, float)) or not 0 <= c <= 1:
        reject(f"chance {c} must be a number in 0..1")
    if abs(c * 100 - round(c * 100)) > 1e-9:
        reject(f"chance {c} has more than two decimals")
if not is_int(start, 0, n - 1) or not is_int(goal, 0, n - 1) or start == goal:
    reject("start and goal must be different camps in 0..n-1")
sys.exit(42)
