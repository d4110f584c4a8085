# Checks one test input ("n b" on one line: the number of builds and the first broken one)
# against the statement. Exit 42 when valid, 43 with the reason on stderr otherwise.
import re
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


text = sys.stdin.read()
if not re.fullmatch(r"[1-9][0-9]{0,9} [1-9][0-9]{0,9}\n", text):
    reject("expected one line 'n b' of two positive integers")
n, b = map(int, text.split())
if not 1 <= b <= n <= 10**9:
    reject(f"n = {n}, b = {b}: need 1 <= b <= n <= 10^9")
sys.exit(42)
