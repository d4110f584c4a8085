# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below, checked against Prim's algorithm (free links
# as price 0) and, on small cases, against trying every subset of the offers.
import heapq
import random


def solve(n, existing, offers):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    for a, b in existing:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
    total = 0
    for a, b, price in sorted(offers, key=lambda o: o[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
            total += price
    return total if groups == 1 else -1


def prim(n, existing, offers):
    out = [[] for _ in range(n)]
    for a, b in existing:
        out[a].append((0, b))
        out[b].append((0, a))
    for a, b, price in offers:
        out[a].append((price, b))
        out[b].append((price, a))
    seen, total, heap = [False] * n, 0, [(0, 0)]
    while heap:
        price, u = heapq.heappop(heap)
        if seen[u]:
            continue
        seen[u] = True
        total += price
        for edge in out[u]:
            if not seen[edge[1]]:
                heapq.heappush(heap, edge)
    return total if all(seen) else -1


def brute(n, existing, offers):
    best = -1
    for mask in range(1 << len(offers)):
        chosen = [o for i, o in enumerate(offers) if mask >> i & 1]
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in existing + [o[:2] for o in chosen]:
            parent[find(a)] = find(b)
        if len({find(x) for x in range(n)}) == 1:
            cost = sum(o[2] for o in chosen)
            if best < 0 or cost < best:
                best = cost
    return best


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


def write(kind, n, existing, offers):
    answer = solve(n, existing, offers)
    assert answer == prim(n, existing, offers)
    if len(offers) <= 12:
        assert answer == brute(n, existing, offers), (n, existing, offers)
    write_json_test(kind, [n, existing, offers], answer)


def pair(n):
    a = rng.randrange(n)
    b = rng.randrange(n - 1)
    return [a, b if b < a else b + 1]


def priced(pairs, low=1, high=100000):
    return [[a, b, rng.randint(low, high)] for a, b in pairs]


def tree(n):
    return [[rng.randrange(i), i] for i in range(1, n)]


def relabel(n, existing, offers):
    labels = list(range(n))
    rng.shuffle(labels)
    ex = [[labels[a], labels[b]] if rng.random() < 0.5 else [labels[b], labels[a]] for a, b in existing]
    of = [[labels[a], labels[b], c] if rng.random() < 0.5 else [labels[b], labels[a], c]
          for a, b, c in offers]
    rng.shuffle(ex)
    rng.shuffle(of)
    return n, ex, of


def case(n, e, m, low=1, high=100000, connected=True):
    """e random existing links, m offers; the offers include a spanning tree when connected."""
    existing = [pair(n) for _ in range(e)] if n > 1 else []
    offers = priced(tree(n), low, high) if connected else []
    offers += priced([pair(n) for _ in range(m - len(offers))], low, high) if n > 1 else []
    return relabel(n, existing, offers)


clear_data()
rng = random.Random(17102)
N, E, M, P = 3000, 3000, 10000, 100000

write("sample", 5, [[0, 1], [3, 4]], [[1, 2, 6], [0, 2, 3], [2, 3, 5], [1, 4, 4], [0, 3, 9]])
write("sample", 4, [[0, 1], [1, 2], [2, 0], [2, 3]], [[0, 3, 1]])
write("sample", 4, [[0, 1]], [[1, 2, 8], [2, 0, 2]])
# Edge cases.
write("secret", 1, [], [])
write("secret", 2, [], [])
write("secret", 2, [[1, 0]], [])
write("secret", 2, [], [[0, 1, P], [1, 0, 4]])
write("secret", 3, [[0, 1], [1, 0], [0, 1]], [[2, 0, 7], [1, 2, 5]])
# Existing links form a cycle: counting them towards n - 1 stops too early.
write("secret", 6, [[0, 1], [1, 2], [2, 0], [3, 4]], [[2, 3, 9], [4, 5, 8], [0, 5, 20], [1, 3, 30]])
# The cheapest offers all duplicate existing links.
write("secret", 5, [[0, 1], [1, 2]], [[0, 1, 1], [2, 1, 1], [0, 2, 1], [2, 3, 50], [3, 4, 60], [0, 4, 70]])
# Everything already connected by existing links.
write("secret", 6, [[i, i + 1] for i in range(5)], [[0, 5, 1], [2, 4, 3]])
write("secret", 5, [[0, 1], [2, 3]], [[1, 0, 3]])
for n, e, m in [(6, 2, 9), (7, 3, 10), (8, 0, 12), (8, 5, 11)]:
    write("secret", *case(n, e, m, 1, 20))
write("secret", *case(7, 2, 8, 1, 20, connected=False))
write("secret", *case(100, 30, 300, 1, 1000))
write("secret", *case(1000, 600, 3000))
write("secret", *case(1000, 0, 1500, connected=False))
# Maximum sizes.
write("secret", *case(N, E, M))
write("secret", *case(N, 0, M))
write("secret", *case(N, E, M, 1, 5))
write("secret", *case(N, 200, M, P, P))
write("secret", *relabel(N, tree(N) + [], priced([pair(N) for _ in range(M)])))
write("secret", *relabel(N, [[i, i + 1] for i in range(0, N - 1, 2)],
                         [[i, i + 1, P - i] for i in range(N - 1)] + priced([pair(N) for _ in range(M - N + 1)])))
# One building cut off.
n, ex, of = case(N - 1, E, M)
write("secret", N, ex, of)
# Existing links only inside two halves; the offers must bridge them.
half = N // 2
write("secret", *relabel(N, tree(half) + [[half + a, half + b] for a, b in tree(half)],
                         priced([[rng.randrange(half), half + rng.randrange(half)] for _ in range(M)])))
