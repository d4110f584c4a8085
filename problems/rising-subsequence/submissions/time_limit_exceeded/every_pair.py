# Right answers, but the O(n^2) table: best[i] = 1 + the best over every earlier smaller value.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + n]))
    best = [1] * n
    for i in range(n):
        x = v[i]
        for j in range(i):
            if v[j] < x and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    print(max(best))


main()
