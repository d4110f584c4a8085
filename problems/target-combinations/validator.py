# Checks one test input (a line of JSON arguments) against the statement's constraints,
# including the bound on the number of combinations. Exit 42 when valid, 43 otherwise.
import json
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


def count_combinations(parts, target):
    ways = [1] + [0] * target
    for p in parts:
        for s in range(p, target + 1):
            ways[s] += ways[s - p]
    return ways[target]


args = read_json_line()
if not isinstance(args, list) or len(args) != 2 or not isinstance(args[0], list):
    reject("expected a JSON array of two arguments: parts and target")
parts, target = args
if not is_int(target, 1, 40):
    reject("target must be an integer in 1..40")
if not 1 <= len(parts) <= 30 or len(set(map(str, parts))) != len(parts):
    reject("parts must hold 1..30 distinct values")
if not all(is_int(p, 1, 40) for p in parts):
    reject("every part must be an integer in 1..40")
if 1 in parts and target > 12:
    reject("a part 1 is only allowed when target <= 12")
if count_combinations(parts, target) > 2000:
    reject("more than 2000 combinations")
sys.exit(42)
