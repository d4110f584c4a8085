# Checks a test input against the statement: n (1 <= n <= 200000) on the first line, then
# exactly n integers of absolute value at most 10^9 on the second, and nothing else. Exit 42
# when valid, as the Kattis input-validator interface asks.
import re
import sys

def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)

INT = re.compile(r"-?(0|[1-9][0-9]*)$")
lines = sys.stdin.read().split("\n")
if len(lines) != 3 or lines[2] != "":
    reject("expected exactly two lines, each ending with a newline")
if not INT.match(lines[0]) or not 1 <= int(lines[0]) <= 200_000:
    reject(f"first line: expected n in 1..200000, got {lines[0][:40]!r}")
n = int(lines[0])
values = lines[1].split()
if len(values) != n:
    reject(f"second line: expected {n} integers, got {len(values)}")
if not all(INT.match(v) and abs(int(v)) <= 10**9 for v in values):
    reject("second line: every value must be an integer of absolute value at most 10^9")
sys.exit(42)
