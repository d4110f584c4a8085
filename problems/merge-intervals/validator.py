# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low, high):
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], list):
    reject("expected a JSON array holding one array of intervals")
intervals = args[0]
if len(intervals) > 10000:
    reject(f"{len(intervals)} intervals, at most 10^4 allowed")
for i, iv in enumerate(intervals):
    if not (isinstance(iv, list) and len(iv) == 2
            and all(is_int(v, -10**9, 10**9) for v in iv) and iv[0] <= iv[1]):
        reject(f"intervals[{i}] = {iv!r}: need [start, end], -10^9 <= start <= end <= 10^9")
sys.exit(42)
