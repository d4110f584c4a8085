# Checks one test input (a line of JSON: {"calls": [...], "args": [...]}) against the
# statement's constraints. Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


WORD = re.compile(r"[a-z]{1,60}")
text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    test = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(test, dict) or set(test) != {"calls", "args"}:
    reject('expected {"calls": [...], "args": [...]}')
calls, args = test["calls"], test["args"]
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    reject("calls and args must be arrays of the same length")
if not calls or calls[0] != "Trie" or args[0] != [] or "Trie" in calls[1:]:
    reject("the first call, and only it, must be the constructor, without arguments")
if not 1 <= len(calls) - 1 <= 10000:
    reject(f"{len(calls) - 1} method calls, need 1..10^4")
for i, (name, a) in enumerate(zip(calls[1:], args[1:]), 1):
    if name not in ("insert", "search", "startsWith"):
        reject(f"call {i}: unknown method {name!r}")
    if not (len(a) == 1 and isinstance(a[0], str) and WORD.fullmatch(a[0])):
        reject(f"call {i}: the argument must be 1..60 letters a-z")
sys.exit(42)
