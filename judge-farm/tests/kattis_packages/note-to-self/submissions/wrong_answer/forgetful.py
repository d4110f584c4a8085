# Leaves a valid note but reads nothing back from it: wrong on the second pass.
import sys

mode, value = sys.stdin.read().split()
print("a" if mode == "encode" else 0)
