# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


WORD = re.compile(r"[a-z]{0,500}")
text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 2:
    reject("expected a JSON array of two strings")
for name, s in zip("ab", args):
    if not isinstance(s, str) or not WORD.fullmatch(s):
        reject(f"{name} must be 0..500 letters a-z")
sys.exit(42)
