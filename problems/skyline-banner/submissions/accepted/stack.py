# Monotonic stack of indices with increasing heights; a 0 sentinel at the end empties it.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    h.append(0)
    best, stack = 0, []
    for j, x in enumerate(h):
        while stack and h[stack[-1]] >= x:
            height = h[stack.pop()]
            width = j - stack[-1] - 1 if stack else j
            if height * width > best:
                best = height * width
        stack.append(j)
    print(best)


main()
