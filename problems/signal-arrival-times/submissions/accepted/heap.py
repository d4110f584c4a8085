# Dijkstra with heapq; stale entries are skipped when popped.
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    out = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        out[u].append((v, w))
    time = [-1] * (n + 1)
    time[s] = 0
    heap = [(0, s)]
    while heap:
        t, u = heapq.heappop(heap)
        if t > time[u]:
            continue
        for v, w in out[u]:
            if time[v] < 0 or t + w < time[v]:
                time[v] = t + w
                heapq.heappush(heap, (t + w, v))
    print(" ".join(map(str, time[1:])))


main()
