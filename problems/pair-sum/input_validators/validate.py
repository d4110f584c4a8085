# Checks a test input against the statement: n (2 <= n <= 100000) and t (|t| <= 2·10^9) on the
# first line, exactly n integers of absolute value at most 10^9 on the second, nothing else,
# and at least one pair of different positions adding up to t. Exit 42 when valid, as the
# Kattis input-validator interface asks.
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


INT = re.compile(r"-?(0|[1-9][0-9]*)$")
lines = sys.stdin.read().split("\n")
if len(lines) != 3 or lines[2] != "":
    reject("expected exactly two lines, each ending with a newline")
first = lines[0].split(" ")
if len(first) != 2 or not all(INT.match(v) for v in first):
    reject(f"first line: expected n and t, got {lines[0][:40]!r}")
n, t = map(int, first)
if not 2 <= n <= 100_000:
    reject(f"n = {n} is outside 2..100000")
if abs(t) > 2 * 10**9:
    reject(f"t = {t} is outside -2·10^9..2·10^9")
values = lines[1].split(" ")
if len(values) != n:
    reject(f"second line: expected {n} integers separated by single spaces, got {len(values)}")
if not all(INT.match(v) and abs(int(v)) <= 10**9 for v in values):
    reject("second line: every value must be an integer of absolute value at most 10^9")
seen = set()
for x in map(int, values):
    if t - x in seen:
        sys.exit(42)
    seen.add(x)
reject(f"no two different positions add up to t = {t}")
