# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def read_args(arity):
    """The test's one line of JSON: an array of `arity` arguments."""
    text = sys.stdin.read()
    if not text.endswith("\n") or text.count("\n") != 1:
        reject("expected exactly one line, ending with a newline")
    try:
        args = json.loads(text)
    except ValueError as e:
        reject(f"not JSON: {e}")
    if not isinstance(args, list) or len(args) != arity:
        reject(f"expected a JSON array of {arity} arguments")
    return args


for name, values in zip(("list1", "list2"), read_args(2)):
    if not isinstance(values, list) or not all(is_int(v) for v in values):
        reject(f"{name} must be a list of integers")
    if len(values) > 400:
        reject(f"{name} has more than 400 nodes")
    if any(abs(v) > 100000 for v in values):
        reject(f"{name} holds a value outside -10^5..10^5")
    if any(a > b for a, b in zip(values, values[1:])):
        reject(f"{name} is not sorted in non-decreasing order")
sys.exit(42)
