# Checks one test input (one line: the radius r) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"(0|[1-9][0-9]{0,4})(\.[0-9]{1,6})?\n", text):
    print("expected one line with a decimal number, at most 6 digits after the point", file=sys.stderr)
    sys.exit(43)
if float(text) > 10**4:
    print(f"r = {text.strip()} is above 10^4", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
