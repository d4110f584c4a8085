# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
from collections import deque


def solve(n, roads):
    INF = float("inf")
    cost = [INF] * (n + 1)
    cost[1] = 0
    for _ in range(n - 1):
        changed = False
        for a, b, w in roads:
            if cost[a] != INF and cost[a] + w < cost[b]:
                cost[b] = cost[a] + w
                changed = True
        if not changed:
            break
    unbounded = [False] * (n + 1)
    queue = deque()
    for a, b, w in roads:
        if cost[a] != INF and cost[a] + w < cost[b] and not unbounded[b]:
            unbounded[b] = True
            queue.append(b)
    out = [[] for _ in range(n + 1)]
    for a, b, _ in roads:
        out[a].append(b)
    while queue:
        a = queue.popleft()
        for b in out[a]:
            if not unbounded[b]:
                unbounded[b] = True
                queue.append(b)
    return ["-INF" if unbounded[t] else "UNREACHABLE" if cost[t] == INF else str(cost[t])
            for t in range(1, n + 1)]


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


def write(kind, n, roads):
    text = f"{n} {len(roads)}\n" + "".join(f"{a} {b} {w}\n" for a, b, w in roads)
    write_test(kind, text, "\n".join(solve(n, roads)) + "\n")


clear_data()
rng = random.Random(14601)
B = 10**9


def dag_roads(n, m, low, high):
    """Roads that only go from a lower to a higher position of a random order (no loops)."""
    order = list(range(2, n + 1))
    rng.shuffle(order)
    order = [1] + order
    roads = []
    for _ in range(m):
        i, j = sorted(rng.sample(range(n), 2))
        roads.append((order[i], order[j], rng.randint(low, high)))
    return roads


write("sample", 4, [(1, 2, 5), (2, 3, -3), (1, 3, 4), (3, 4, -1)])
write("sample", 5, [(1, 2, 1), (2, 3, -4), (3, 2, 2), (3, 4, 7), (5, 1, 0)])
write("secret", 1, [])
write("secret", 1, [(1, 1, -1)])
write("secret", 1, [(1, 1, 0)])
write("secret", 2, [])
write("secret", 2, [(2, 1, -5)])
write("secret", 2, [(1, 2, -B), (2, 1, B)])
write("secret", 2, [(1, 2, -B), (2, 1, B - 1)])
write("secret", 3, [(1, 2, 3), (2, 2, -1), (1, 3, 1)])
write("secret", 4, [(1, 2, 1), (2, 1, -2), (3, 4, -5), (4, 3, -5)])
# A loop whose effect reaches a town only after several more roads, which the extra round
# alone does not lower.
write("secret", 6, [(1, 2, 1), (2, 3, -1), (3, 2, 0), (3, 4, 100), (4, 5, 100), (5, 6, 100), (1, 6, 1)])
# Long chain of maximal refunds: -499·10^9 needs 64 bits.
write("secret", 500, [(i, i + 1, -B) for i in range(1, 500)])
write("secret", 500, [(i, i + 1, B) for i in range(1, 500)])
write("secret", 10, dag_roads(10, 20, -10, 10))
write("secret", 50, dag_roads(50, 200, -100, 100))
write("secret", 50, [(rng.randint(1, 50), rng.randint(1, 50), rng.randint(0, 100)) for _ in range(150)])
write("secret", 50, [(rng.randint(1, 50), rng.randint(1, 50), rng.randint(-5, 100)) for _ in range(100)])
for _ in range(3):
    n = rng.randint(2, 12)
    write("secret", n, [(rng.randint(1, n), rng.randint(1, n), rng.randint(-3, 10)) for _ in range(rng.randint(0, 3 * n))])
# Maximum sizes: a shuffled chain (n - 1 rounds really needed), a loop-free graph with refunds,
# one with a negative loop far from town 1, and random roads.
N, M = 500, 2000
chain = [(i, i + 1, rng.randint(-B, B)) for i in range(1, N)]
chain.sort(key=lambda r: -r[0])
write("secret", N, chain + dag_roads(N, M - len(chain), 0, B)[: M - len(chain)])
write("secret", N, dag_roads(N, M, -B, B))
roads = dag_roads(N, M - 3, -1000, 1000)
x, y = rng.sample(range(2, N + 1), 2)
write("secret", N, roads + [(1, x, 5), (x, y, -7), (y, x, 3)])
write("secret", N, [(rng.randint(1, N), rng.randint(1, N), rng.randint(-10, 10**6)) for _ in range(M)])
