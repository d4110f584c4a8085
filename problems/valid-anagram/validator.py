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


s, t = read_args(2)
for name, v in (("s", s), ("t", t)):
    if not isinstance(v, str):
        reject(f"{name} must be a string")
    if len(v) > 50000:
        reject(f"{name} is longer than 50000")
    if any(not "a" <= c <= "z" for c in v):
        reject(f"{name} holds a character other than a lowercase letter")
sys.exit(42)
