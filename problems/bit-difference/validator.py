# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool) and -2**31 <= v <= 2**31 - 1


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 2 or not all(is_int(v) for v in args):
    reject("expected a JSON array of two 32-bit signed integers")
sys.exit(42)
