# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (the checker accepts any valid order).
import random
from collections import deque


def solve(n, rules):
    after = [[] for _ in range(n + 1)]
    waiting = [0] * (n + 1)
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    ready = deque(t for t in range(1, n + 1) if waiting[t] == 0)
    order = []
    while ready:
        t = ready.popleft()
        order.append(t)
        for u in after[t]:
            waiting[u] -= 1
            if waiting[u] == 0:
                ready.append(u)
    return order if len(order) == n else None


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


def write(kind, n, rules):
    order = solve(n, rules)
    text = f"{n} {len(rules)}\n" + "".join(f"{a} {b}\n" for a, b in rules)
    write_test(kind, text, "IMPOSSIBLE\n" if order is None else " ".join(map(str, order)) + "\n")


clear_data()
rng = random.Random(13501)


def dag(n, m, cycle=0):
    """m rules consistent with a hidden random order; with `cycle`, that many extra rules go
    backwards (each closing a cycle)."""
    rank = list(range(1, n + 1))
    rng.shuffle(rank)
    rules = []
    for _ in range(m):
        i, j = sorted(rng.sample(range(n), 2))
        rules.append((rank[i], rank[j]))
    for _ in range(cycle):
        i, j = sorted(rng.sample(range(n), 2))
        rules.append((rank[j], rank[i]))
    rng.shuffle(rules)
    return rules


def chain(n, close=False):
    rank = list(range(1, n + 1))
    rng.shuffle(rank)
    rules = [(rank[i], rank[i + 1]) for i in range(n - 1)]
    if close:
        rules.append((rank[-1], rank[0]))
    rng.shuffle(rules)
    return rules


write("sample", 4, [(1, 2), (1, 3), (3, 4)])
write("sample", 3, [(1, 2), (2, 3), (3, 1)])
write("secret", 1, [])
write("secret", 1, [(1, 1)])
write("secret", 2, [(2, 1)])
write("secret", 2, [(1, 2), (2, 1)])
write("secret", 2, [(1, 2), (1, 2)])
write("secret", 3, [(1, 2), (1, 2), (2, 3)])
write("secret", 5, [])
write("secret", 5, [(3, 3), (1, 2)])
write("secret", 6, [(1, 2), (2, 3), (4, 5), (5, 6), (6, 4)])
write("secret", 6, [(6, 5), (5, 4), (4, 3), (3, 2), (2, 1)])
write("secret", 10, dag(10, 20))
write("secret", 10, dag(10, 20, 1))
write("secret", 100, dag(100, 300))
write("secret", 100, chain(100, close=True))
write("secret", 1000, dag(1000, 3000))
write("secret", 1000, dag(1000, 3000, 1))
# Maximum sizes: a long chain (deep DFS), the chain closed into one big cycle, dense random
# orders with and without one backwards rule, and a star.
N, M = 10**4, 2 * 10**4
write("secret", N, chain(N))
write("secret", N, chain(N, close=True))
write("secret", N, dag(N, M))
write("secret", N, dag(N, M - 1, 1))
write("secret", N, [(1, t) for t in range(2, N + 1)] + [(t, N) for t in range(2, N) if t % 2][:M - N + 1])
write("secret", 200, dag(200, 4000))
for _ in range(3):
    n = rng.randint(2, 20)
    write("secret", n, dag(n, rng.randint(0, 2 * n), rng.randint(0, 1)))
