# Checks a test input against the statement: the hidden number x (1 <= x <= 10^9) alone on one
# line, nothing else. Exit 42 when valid, as the Kattis input-validator interface asks.
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"[1-9][0-9]*\n", text) or not 1 <= int(text) <= 10**9:
    print("expected one line holding x in 1..10^9", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
