# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (Dijkstra over (town, passes used)), checked on
# small tests against a brute force over every simple route.
import heapq
import random


def solve(n, roads, src, dst, k):
    adj = [[] for _ in range(n)]
    for u, v, c in roads:
        adj[u].append((v, c))
        adj[v].append((u, c))
    INF = float("inf")
    dist = [[INF] * (k + 1) for _ in range(n)]
    dist[src][0] = 0
    heap = [(0, src, 0)]
    while heap:
        d, u, j = heapq.heappop(heap)
        if d > dist[u][j]:
            continue
        for v, c in adj[u]:
            if d + c < dist[v][j]:
                dist[v][j] = d + c
                heapq.heappush(heap, (d + c, v, j))
            if j < k and d < dist[v][j + 1]:
                dist[v][j + 1] = d
                heapq.heappush(heap, (d, v, j + 1))
    best = min(dist[dst])
    return -1 if best == INF else best


def brute(n, roads, src, dst, k):
    """Every simple route (a cheapest choice never needs to repeat a town), its k dearest tolls
    waived."""
    adj = [[] for _ in range(n)]
    for u, v, c in roads:
        adj[u].append((v, c))
        adj[v].append((u, c))
    best = [None]

    def walk(u, seen, tolls):
        if u == dst:
            cost = sum(sorted(tolls, reverse=True)[k:])
            if best[0] is None or cost < best[0]:
                best[0] = cost
            return
        for v, c in adj[u]:
            if v not in seen:
                seen.add(v)
                tolls.append(c)
                walk(v, seen, tolls)
                tolls.pop()
                seen.discard(v)

    walk(src, {src}, [])
    return -1 if best[0] is None else best[0]


# --- shared: generate.py (problems/tools/lib; `package.py sync` rewrites it) ---
# Generator basics: a generator runs in its package folder and writes every file of data/.
import json
import shutil
from pathlib import Path

_counts = {"sample": 0, "secret": 0}


def dump(v):
    """Compact JSON, as test files hold it."""
    return json.dumps(v, separators=(",", ":"))


def clear_data():
    """Removes data/, so the generator writes all of it afresh."""
    shutil.rmtree("data", ignore_errors=True)


def write_test(kind, input_text, answer_text):
    """The next test of `kind` ("sample" or "secret"): data/<kind>/NN.in and NN.ans."""
    _counts[kind] += 1
    path = Path("data") / kind / f"{_counts[kind]:02d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(input_text)
    path.with_suffix(".ans").write_text(answer_text)


def write_json_test(kind, args, answer):
    """A function problem's test: one line of JSON arguments, the JSON result."""
    write_test(kind, dump(args) + "\n", dump(answer) + "\n")
# --- end shared: generate.py ---


def write(kind, n, roads, src, dst, k):
    answer = solve(n, roads, src, dst, k)
    if n <= 8 and len(roads) <= 14:
        assert answer == brute(n, roads, src, dst, k), (n, roads, src, dst, k)
    write_json_test(kind, [n, roads, src, dst, k], answer)


def random_roads(n, m, low, high):
    roads = []
    for _ in range(m):
        u, v = rng.sample(range(n), 2)
        roads.append([u, v, rng.randint(low, high)])
    return roads


def connected(n, m, low, high):
    """A random spanning tree plus random extra roads, shuffled and relabelled."""
    label = list(range(n))
    rng.shuffle(label)
    roads = [[label[i], label[rng.randrange(i)], rng.randint(low, high)] for i in range(1, n)]
    roads += random_roads(n, m - len(roads), low, high)
    rng.shuffle(roads)
    return roads


def trap(n, m, k):
    """A route of 2k + 3 roads of 1000 each (the cheapest without passes), and a route with k
    very dear roads and 4k + 6 roads of 100 (the cheapest with k passes); the other towns get
    random roads among themselves only."""
    towns = list(range(n))
    rng.shuffle(towns)
    src, dst = towns[0], towns[1]
    roads = []
    path = [src] + towns[2:2 * k + 4] + [dst]
    for i in range(len(path) - 1):
        roads.append([path[i], path[i + 1], 1000])
    path = [src] + towns[2 * k + 4:7 * k + 10] + [dst]
    dear = set(rng.sample(range(len(path) - 1), k))
    for i in range(len(path) - 1):
        roads.append([path[i], path[i + 1], 10**6 if i in dear else 100])
    rest = towns[7 * k + 10:]
    for _ in range(m - len(roads)):
        u, v = rng.sample(rest, 2)
        roads.append([u, v, rng.randint(1, 10**6)])
    rng.shuffle(roads)
    return roads, src, dst


def local(n, m, span, low, high):
    """Roads only between towns at most `span` apart in a hidden order: many roads per route.
    Returns the roads and the first and last towns of the order."""
    label = list(range(n))
    rng.shuffle(label)
    roads = [[label[i], label[i + 1], rng.randint(low, high)] for i in range(n - 1)]
    for _ in range(m - len(roads)):
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, min(n - 1, i + span))
        roads.append([label[i], label[j], rng.randint(low, high)])
    rng.shuffle(roads)
    return roads, label[0], label[-1]


def grid(rows, cols, low, high):
    """Town r * cols + c joined to its right and lower neighbours."""
    roads = []
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols:
                roads.append([r * cols + c, r * cols + c + 1, rng.randint(low, high)])
            if r + 1 < rows:
                roads.append([r * cols + c, (r + 1) * cols + c, rng.randint(low, high)])
    rng.shuffle(roads)
    return roads


clear_data()
rng = random.Random(17801)
N, M, C = 2000, 5000, 10**6

write("sample", 5, [[0, 1, 4], [1, 4, 4], [0, 2, 1], [2, 3, 12], [3, 4, 1]], 0, 4, 1)
write("sample", 4, [[0, 1, 7], [1, 2, 3], [2, 3, 9]], 3, 0, 2)
write("sample", 3, [[0, 1, 5]], 0, 2, 10)
# Edge cases.
write("secret", 2, [], 0, 1, 0)
write("secret", 2, [], 1, 1, 3)
write("secret", 2, [[0, 1, C]], 0, 1, 0)
write("secret", 2, [[0, 1, C]], 1, 0, 1)
write("secret", 2, [[0, 1, 9], [1, 0, 4], [0, 1, 6]], 0, 1, 0)
write("secret", 3, [[0, 1, 5], [1, 2, 5], [0, 2, 9]], 0, 2, 1)
write("secret", 4, [[0, 1, 3], [1, 2, 3], [2, 3, 3], [0, 3, 100]], 0, 3, 10)
write("secret", 6, [[0, 1, 1], [1, 2, 1], [2, 5, 1], [0, 3, 50], [3, 4, 1], [4, 5, 50]], 0, 5, 2)
# Small random graphs, checked against the brute force.
for _ in range(6):
    n = rng.randint(4, 8)
    m = rng.randint(n - 1, 11)
    roads = random_roads(n, m, 1, rng.choice([5, 100, C]))
    write("secret", n, roads, rng.randrange(n), rng.randrange(n), rng.randint(0, 1))
for k in (1, 2):
    roads, src, dst = local(8, 12, 2, 1, 50)
    write("secret", 8, roads, src, dst, k)
roads, src, dst = trap(40, 120, 3)
write("secret", 40, roads, src, dst, 3)
# Maximum sizes.
write("secret", N, [[i, i + 1, C] for i in range(N - 1)], 0, N - 1, 0)  # total 1999 * 10^6
write("secret", N, [[i, i + 1, C] for i in range(N - 1)], N - 1, 0, 10)
write("secret", N, connected(N, M, 1, C), 0, N - 1, 0)
roads, src, dst = local(N, M, 3, 1, C)
write("secret", N, roads, src, dst, 10)
roads, src, dst = local(N, M, 5, 1, 10)
write("secret", N, roads, dst, src, 4)
write("secret", N, grid(40, 50, 1, C), 0, N - 1, 10)
write("secret", N, grid(50, 40, 1, 1000), 39, N - 40, 6)
roads, src, dst = trap(N, M, 10)
write("secret", N, roads, src, dst, 10)
roads, src, dst = trap(N, M, 7)
write("secret", N, roads, src, dst, 7)
roads, src, dst = local(N // 2, M, 4, 1, C)
write("secret", N, roads, src, N - 1, 10)  # dst alone, past the towns with roads
