import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    roads = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
    INF = float("inf")
    cost = [INF] * (n + 1)
    cost[1] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, w in roads:
            c = cost[a] + w  # inf stays inf: unreached towns relax nothing
            if c < cost[b]:
                cost[b] = c
                changed = True
        if not changed:
            break
    # Whatever still improves is fed by a negative loop; so is everything downstream of it.
    out = [[] for _ in range(n + 1)]
    for a, b, _ in roads:
        out[a].append(b)
    unbounded = [False] * (n + 1)
    queue = deque()
    for a, b, w in roads:
        if cost[a] + w < cost[b] and not unbounded[b]:
            unbounded[b] = True
            queue.append(b)
    while queue:
        a = queue.popleft()
        for b in out[a]:
            if not unbounded[b]:
                unbounded[b] = True
                queue.append(b)
    lines = ["-INF" if unbounded[t] else "UNREACHABLE" if cost[t] == INF else str(cost[t])
             for t in range(1, n + 1)]
    print("\n".join(lines))


main()
