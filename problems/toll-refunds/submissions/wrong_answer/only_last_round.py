# Marks -INF only the towns that still improve in one extra round, without following the roads
# onwards: towns further downstream of a negative loop keep a finite (wrong) cost.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    roads = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    INF = float("inf")
    cost = [INF] * (n + 1)
    cost[1] = 0
    for _ in range(n - 1):
        for a, b, w in roads:
            if cost[a] + w < cost[b]:
                cost[b] = cost[a] + w
    unbounded = [False] * (n + 1)
    for a, b, w in roads:
        if cost[a] + w < cost[b]:
            unbounded[b] = True
    print("\n".join("-INF" if unbounded[t] else "UNREACHABLE" if cost[t] == INF else str(cost[t])
                    for t in range(1, n + 1)))


main()
