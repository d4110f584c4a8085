# Passes the first run, then crashes on the second.
import sys

mode, value = sys.stdin.read().split()
if mode == "decode":
    raise SystemExit(3)
print("b")
