# Checks one test input (n, then n integers on one line) against the statement's constraints,
# format included. Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


INT = r"(0|-?[1-9][0-9]*)"
text = sys.stdin.read()
if not re.fullmatch(rf"{INT}\n{INT}( {INT})*\n", text):
    reject("expected n on the first line, then the integers separated by single spaces")
first, second = text.split("\n")[:2]
n, a = int(first), [int(t) for t in second.split(" ")]
if not 1 <= n <= 10**5:
    reject(f"n = {n} is outside 1..10^5")
if len(a) != n:
    reject(f"n = {n} but the second line holds {len(a)} numbers")
if not all(-10**4 <= x <= 10**4 for x in a):
    reject("every number must be in -10^4..10^4")
sys.exit(42)
