# Checks one test input (one line of words) against the statement's constraints, format
# included. Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"[a-z]{1,20}( [a-z]{1,20})*\n", text):
    print("expected one line of 1..20-letter lowercase words separated by single spaces", file=sys.stderr)
    sys.exit(43)
if len(text.split()) > 1000:
    print(f"{len(text.split())} words, at most 1000 allowed", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
