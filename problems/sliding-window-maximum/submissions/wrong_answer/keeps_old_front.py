# Never drops the front once it has slid out of the window: an old large value is reported
# for windows that no longer contain it.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    useful = deque()
    out = []
    for j, x in enumerate(a):
        while useful and a[useful[-1]] <= x:
            useful.pop()
        useful.append(j)
        if j >= k - 1:
            out.append(a[useful[0]])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
