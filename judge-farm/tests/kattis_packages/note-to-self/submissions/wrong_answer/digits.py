# Notes the number as digits: the first pass is rejected (a note is letters only).
import sys

mode, value = sys.stdin.read().split()
print(value)
