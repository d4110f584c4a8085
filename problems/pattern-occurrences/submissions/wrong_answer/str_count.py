# str.count finds non-overlapping occurrences only: "aba" in "abababa" gives 2.
import sys

text, pattern = sys.stdin.read().split()
print(text.count(pattern))
