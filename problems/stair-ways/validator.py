# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not (isinstance(args, list) and len(args) == 1 and isinstance(args[0], int)
        and not isinstance(args[0], bool) and 1 <= args[0] <= 10**6):
    reject("expected a JSON array holding one integer n in 1..10^6")
sys.exit(42)
