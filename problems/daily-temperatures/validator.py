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


(temperatures,) = read_args(1)
if not isinstance(temperatures, list) or not 1 <= len(temperatures) <= 100000:
    reject("temperatures must be an array of 1..10^5 values")
if not all(is_int(t) and 30 <= t <= 100 for t in temperatures):
    reject("every temperature must be an integer in 30..100")
sys.exit(42)
