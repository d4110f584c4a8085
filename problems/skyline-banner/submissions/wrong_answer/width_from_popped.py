# Measures each popped building's banner from the popped index itself to j, forgetting the
# taller buildings to its left that were popped before it: [2,4,2] gives 4 instead of 6.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n])) + [0]
    best, stack = 0, []
    for j, x in enumerate(h):
        while stack and h[stack[-1]] >= x:
            t = stack.pop()
            best = max(best, h[t] * (j - t))
        stack.append(j)
    print(best)


main()
