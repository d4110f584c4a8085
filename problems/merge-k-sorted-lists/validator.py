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


(lists,) = read_args(1)
if not isinstance(lists, list) or len(lists) > 10000:
    reject("lists must be an array of at most 10^4 lists")
total = 0
for i, values in enumerate(lists):
    if not isinstance(values, list) or not all(is_int(v) for v in values):
        reject(f"lists[{i}] must be a list of integers")
    if len(values) > 500:
        reject(f"lists[{i}] has more than 500 nodes")
    if any(abs(v) > 10000 for v in values):
        reject(f"lists[{i}] holds a value outside -10^4..10^4")
    if any(a > b for a, b in zip(values, values[1:])):
        reject(f"lists[{i}] is not sorted in non-decreasing order")
    total += len(values)
if total > 10000:
    reject(f"the lists hold {total} nodes, more than 10^4")
sys.exit(42)
