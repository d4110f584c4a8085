# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import heapq
import random


def solve(n, trails, chance, start, goal):
    adj = [[] for _ in range(n)]
    for (a, b), p in zip(trails, chance):
        adj[a].append((b, p))
        adj[b].append((a, p))
    best = [0.0] * n
    best[start] = 1.0
    heap = [(-1.0, start)]
    while heap:
        c, u = heapq.heappop(heap)
        c = -c
        if c < best[u]:
            continue
        if u == goal:
            return c
        for v, p in adj[u]:
            if c * p > best[v]:
                best[v] = c * p
                heapq.heappush(heap, (-best[v], v))
    return 0.0


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


def write(kind, n, trails, chance, start, goal):
    write_json_test(kind, [n, trails, chance, start, goal], solve(n, trails, chance, start, goal))


clear_data()
rng = random.Random(13601)


def p(low=0.0, high=1.0):
    return round(rng.uniform(low, high), 2)


def rand_graph(n, m, low=0.0, high=1.0, connect=True):
    trails = []
    if connect:
        order = list(range(n))
        rng.shuffle(order)
        trails = [[order[i], order[rng.randrange(i)]] for i in range(1, n)]
    while len(trails) < m:
        a, b = rng.sample(range(n), 2)
        trails.append([a, b])
    rng.shuffle(trails)
    return trails, [p(low, high) for _ in trails]


write("sample", 3, [[0, 1], [1, 2], [0, 2]], [0.5, 0.5, 0.2], 0, 2)
write("sample", 3, [[0, 1]], [0.9], 0, 2)
write("sample", 2, [[0, 1], [0, 1]], [0.3, 0.8], 1, 0)
write("secret", 2, [], [], 0, 1)
write("secret", 2, [[1, 0]], [1.0], 0, 1)
write("secret", 2, [[1, 0]], [0.0], 0, 1)
write("secret", 4, [[0, 1], [1, 2], [2, 3], [0, 3]], [0.9, 0.9, 0.9, 0.7], 0, 3)
write("secret", 4, [[0, 1], [1, 2], [2, 3], [0, 3]], [0.9, 0.9, 0.9, 0.72], 3, 0)
write("secret", 5, [[0, 1], [1, 2], [0, 2], [2, 3]], [1.0, 1.0, 0.5, 0.0], 0, 4)
write("secret", 6, [[0, 1], [1, 5], [0, 2], [2, 3], [3, 4], [4, 5]], [0.1, 0.1, 1.0, 1.0, 0.99, 0.99], 0, 5)
for n, m in ((10, 20), (50, 100), (200, 600), (1000, 3000)):
    trails, chance = rand_graph(n, m)
    write("secret", n, trails, chance, 0, n - 1)
trails, chance = rand_graph(30, 60, 0.9, 1.0)
write("secret", 30, trails, chance, 5, 17)
trails, chance = rand_graph(100, 50, connect=False)
write("secret", 100, trails, chance, 1, 2)
# Maximum sizes: random graphs with high and mixed chances, a long path (tiny products, but
# well above the tolerance floor only with chances near 1), a ladder where more trails are safer.
N, M = 10**4, 2 * 10**4
trails, chance = rand_graph(N, M)
write("secret", N, trails, chance, 0, N - 1)
trails, chance = rand_graph(N // 2, M // 2, 0.95, 1.0)
write("secret", N // 2, trails, chance, rng.randrange(N // 2), rng.randrange(N // 2 - 1))
path = [[i, i + 1] for i in range(N - 1)]
write("secret", N, path, [1.0 if i % 100 else 0.99 for i in range(N - 1)], 0, N - 1)
ladder = [[i, i + 1] for i in range(N - 1)] + [[i, i + 2] for i in range(0, N - 2, 2)]
write("secret", N, ladder, [1.0] * (N - 1) + [0.5] * len(range(0, N - 2, 2)), 0, N - 1)
trails, chance = rand_graph(2000, 4000, 0.5, 1.0)
write("secret", 2000, trails, chance, 1000, 3)
for _ in range(4):
    n = rng.randint(2, 12)
    trails, chance = rand_graph(n, rng.randint(0, 3 * n), connect=rng.random() < 0.5)
    write("secret", n, trails, chance, 0, rng.randint(1, n - 1))
