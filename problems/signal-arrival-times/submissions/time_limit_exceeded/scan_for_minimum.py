# Right answers, but the next router to settle is found by scanning all of them: O(n²), about
# 10^10 steps on the 10^5-router chain.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    out = [[] for _ in range(n + 1)]
    for i in range(m):
        out[int(data[3 + 3 * i])].append((int(data[4 + 3 * i]), int(data[5 + 3 * i])))
    time = [-1] * (n + 1)
    done = [False] * (n + 1)
    time[s] = 0
    while True:
        u = -1
        for v in range(1, n + 1):
            if not done[v] and time[v] >= 0 and (u < 0 or time[v] < time[u]):
                u = v
        if u < 0:
            break
        done[u] = True
        for v, w in out[u]:
            if time[v] < 0 or time[u] + w < time[v]:
                time[v] = time[u] + w
    print(" ".join(map(str, time[1:])))


main()
