# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


LETTERS = re.compile(r"[a-zA-Z]{1,50000}")
text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 2:
    reject("expected a JSON array of two strings: s and need")
for name, value in zip(("s", "need"), args):
    if not isinstance(value, str) or not LETTERS.fullmatch(value):
        reject(f"{name} must be 1..5*10^4 letters a-z, A-Z")
sys.exit(42)
