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
if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], str):
    reject("expected a JSON array holding one string")
s = args[0]
if not 1 <= len(s) <= 100000:
    reject(f"s has {len(s)} characters, need 1..10^5")
if not all(32 <= ord(c) <= 126 for c in s):
    reject("s must be printable ASCII (codes 32..126)")
sys.exit(42)
