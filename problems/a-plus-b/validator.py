# Checks one test input (one line: a and b) against the statement's constraints, format
# included. Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys

INT = r"(0|-?[1-9][0-9]*)"
text = sys.stdin.read()
if not re.fullmatch(rf"{INT} {INT}\n", text):
    print("expected one line with two integers separated by a space", file=sys.stderr)
    sys.exit(43)
if not all(-10**9 <= int(v) <= 10**9 for v in text.split()):
    print("a and b must be in -10^9..10^9", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
