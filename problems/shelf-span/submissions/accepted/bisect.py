# Two binary searches per query with the standard library's bisect.
import sys
from bisect import bisect_left, bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    codes = list(map(int, data[2:2 + n]))
    out = []
    for x in map(int, data[2 + n:2 + n + q]):
        lo, hi = bisect_left(codes, x), bisect_right(codes, x)
        out.append(f"{lo} {hi - 1}" if lo < hi else "-1 -1")
    sys.stdout.write("\n".join(out) + "\n")


main()
