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


(s,) = read_args(1)
if not isinstance(s, str) or len(s) > 50000:
    reject("s must be a string of length 0..50000")
if any(not 32 <= ord(c) <= 126 for c in s):
    reject("s holds a character outside printable ASCII")
sys.exit(42)
