# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (checked against Prim's algorithm).
import heapq
import random


def solve(n, paths):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, paved = 0, 0
    for a, b, cost in sorted(paths, key=lambda p: p[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
            paved += 1
    return total if paved == n - 1 else -1


def prim(n, paths):
    """An independent second answer, to catch a slip in `solve`."""
    out = [[] for _ in range(n)]
    for a, b, cost in paths:
        out[a].append((cost, b))
        out[b].append((cost, a))
    seen, total, heap = [False] * n, 0, [(0, 0)]
    while heap:
        cost, u = heapq.heappop(heap)
        if seen[u]:
            continue
        seen[u] = True
        total += cost
        for edge in out[u]:
            if not seen[edge[1]]:
                heapq.heappush(heap, edge)
    return total if all(seen) else -1


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


def write(kind, n, paths):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    answer = solve(n, paths)
    assert answer == prim(n, paths), (n, paths[:5])
    assert answer < 2 ** 31
    write_json_test(kind, [n, paths], answer)


def pair(n):
    a = rng.randrange(n)
    b = rng.randrange(n - 1)
    return [a, b if b < a else b + 1]


def costed(pairs, low=1, high=100000):
    return [[a, b, rng.randint(low, high)] for a, b in pairs]


def relabel(n, paths):
    """The same park with the kiosks renumbered and the paths shuffled (ends swapped too)."""
    labels = list(range(n))
    rng.shuffle(labels)
    out = [[labels[a], labels[b], c] if rng.random() < 0.5 else [labels[b], labels[a], c]
           for a, b, c in paths]
    rng.shuffle(out)
    return out


def random_tree(n):
    return [[rng.randrange(i), i] for i in range(1, n)]


def grid(rows, cols):
    pairs = []
    for r in range(rows):
        for c in range(cols):
            i = r * cols + c
            if c + 1 < cols:
                pairs.append([i, i + 1])
            if r + 1 < rows:
                pairs.append([i, i + cols])
    return pairs


clear_data()
rng = random.Random(15303)
N, M, C = 10000, 30000, 100000

write("sample", 4, [[0, 1, 4], [1, 2, 2], [0, 2, 1], [2, 3, 7], [1, 3, 5]])
write("sample", 3, [[0, 1, 3], [1, 0, 2]])
write("sample", 3, [[0, 1, 5], [1, 2, 5], [0, 1, 2], [2, 0, 9]])
# Edge cases.
write("secret", 1, [])
write("secret", 2, [])
write("secret", 2, [[1, 0, 100000]])
write("secret", 2, [[0, 1, 7], [1, 0, 3], [0, 1, 3], [1, 0, 9]])
write("secret", 3, [[0, 1, 1]])
write("secret", 4, [[0, 1, 1], [2, 3, 1]])
# The cheapest paths form a triangle; the fourth kiosk needs the dearest path.
write("secret", 4, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [2, 3, 100000], [0, 3, 99999]])
# Repeats of the cheapest path (the n - 1 cheapest entries are all the same path).
write("secret", 3, [[0, 1, 1], [1, 0, 1], [0, 1, 1], [1, 2, 50], [0, 2, 60]])
# All costs equal.
write("secret", 6, [[a, b, 5] for a in range(6) for b in range(a + 1, 6)])
# Every kiosk's own cheapest path is the same one.
write("secret", 5, [[0, 1, 1], [0, 2, 10], [1, 3, 10], [2, 3, 2], [3, 4, 3], [2, 4, 4]])
write("secret", 10, costed([pair(10) for _ in range(15)], 1, 20))
write("secret", 100, relabel(100, costed(random_tree(100) + [pair(100) for _ in range(200)], 1, 1000)))
write("secret", 1000, costed([pair(1000) for _ in range(800)]))
write("secret", 1000, relabel(1000, costed(random_tree(1000) + [pair(1000) for _ in range(3000)])))
write("secret", 50, [[a, b, 1 + (a * 7 + b * 13) % 5] for a in range(50) for b in range(a + 1, 50)])
# Maximum sizes.
write("secret", N, [])
write("secret", N, relabel(N, costed(random_tree(N) + [pair(N) for _ in range(M - N + 1)])))
write("secret", N, relabel(N, costed(random_tree(N) + [pair(N) for _ in range(M - N + 1)], 1, 10)))
write("secret", N, [[i, i + 1, C] for i in range(N - 1)])
write("secret", N, relabel(N, [[i, i + 1, C] for i in range(N - 1)] + costed([pair(N) for _ in range(M - N + 1)], C, C)))
write("secret", N, relabel(N, costed([[0, i] for i in range(1, N)] + [pair(N) for _ in range(M - N + 1)])))
write("secret", N, relabel(N, costed(grid(100, 100))))
# Two halves, each richly connected, with nothing between them.
half = N // 2
write("secret", N, relabel(N, costed(random_tree(half) + [[half + a, half + b] for a, b in random_tree(half)]
                                     + [pair(half) for _ in range(M // 2 - half)]
                                     + [[half + a, half + b] for a, b in (pair(half) for _ in range(M // 2 - half))])))
# One kiosk cut off, everything else connected.
write("secret", N, relabel(N, costed(random_tree(N - 1) + [pair(N - 1) for _ in range(M - N + 2)])))
write("secret", N, costed([pair(N) for _ in range(M)]))
# A cheap cycle over many kiosks, and expensive spokes.
write("secret", N, relabel(N, [[i, (i + 1) % (N // 2), 1] for i in range(N // 2)]
                           + [[i, N // 2 + i, C - i] for i in range(N // 2)]
                           + costed([pair(N) for _ in range(M - N)], C // 2, C)))
