# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (binary lifting), checked against a naive
# path walk and, on small cases, against listing every plan.
import itertools
import random


def solve(n, tracks):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = sorted(range(len(tracks)), key=lambda i: tracks[i][2])
    in_tree = [False] * len(tracks)
    adj = [[] for _ in range(n)]
    total, used = 0, 0
    for i in order:
        a, b, c = tracks[i]
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            in_tree[i] = True
            total += c
            used += 1
            adj[a].append((b, c))
            adj[b].append((a, c))
    if used != n - 1:
        return -1
    LOG = max(1, n.bit_length())
    up = [[0] * n for _ in range(LOG)]
    m1 = [[-1] * n for _ in range(LOG)]
    m2 = [[-1] * n for _ in range(LOG)]
    depth = [0] * n
    seen = [False] * n
    seen[0] = True
    stack = [0]
    while stack:
        u = stack.pop()
        for v, c in adj[u]:
            if not seen[v]:
                seen[v] = True
                depth[v] = depth[u] + 1
                up[0][v] = u
                m1[0][v] = c
                stack.append(v)

    def merge(a1, a2, b1, b2):
        vals = sorted({a1, a2, b1, b2}, reverse=True)
        return vals[0], (vals[1] if len(vals) > 1 else -1)

    for k in range(1, LOG):
        upk, upp, m1k, m2k, m1p, m2p = up[k], up[k - 1], m1[k], m2[k], m1[k - 1], m2[k - 1]
        for v in range(n):
            mid = upp[v]
            upk[v] = upp[mid]
            m1k[v], m2k[v] = merge(m1p[v], m2p[v], m1p[mid], m2p[mid])

    def query(u, v):
        b1, b2 = -1, -1
        if depth[u] < depth[v]:
            u, v = v, u
        diff = depth[u] - depth[v]
        k = 0
        while diff:
            if diff & 1:
                b1, b2 = merge(b1, b2, m1[k][u], m2[k][u])
                u = up[k][u]
            diff >>= 1
            k += 1
        if u == v:
            return b1, b2
        for k in range(LOG - 1, -1, -1):
            if up[k][u] != up[k][v]:
                b1, b2 = merge(b1, b2, m1[k][u], m2[k][u])
                b1, b2 = merge(b1, b2, m1[k][v], m2[k][v])
                u, v = up[k][u], up[k][v]
        b1, b2 = merge(b1, b2, m1[0][u], m2[0][u])
        b1, b2 = merge(b1, b2, m1[0][v], m2[0][v])
        return b1, b2

    best = -1
    for i, (a, b, c) in enumerate(tracks):
        if in_tree[i]:
            continue
        x1, x2 = query(a, b)
        drop = x1 if x1 < c else x2
        if drop > 0:
            cand = total - drop + c
            if best < 0 or cand < best:
                best = cand
    return best


def naive(n, tracks):
    """Kruskal, then walk each non-tree track's tree path by parent pointers."""
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    adj = [[] for _ in range(n)]
    in_tree, total = set(), 0
    for i in sorted(range(len(tracks)), key=lambda i: tracks[i][2]):
        a, b, c = tracks[i]
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            in_tree.add(i)
            total += c
            adj[a].append((b, c))
            adj[b].append((a, c))
    if len(in_tree) != n - 1:
        return -1
    par, pc, depth = [-1] * n, [0] * n, [0] * n
    order, seen = [0], [False] * n
    seen[0] = True
    for u in order:
        for v, c in adj[u]:
            if not seen[v]:
                seen[v] = True
                par[v], pc[v], depth[v] = u, c, depth[u] + 1
                order.append(v)
    best = -1
    for i, (a, b, c) in enumerate(tracks):
        if i in in_tree:
            continue
        costs = []
        while a != b:
            if depth[a] < depth[b]:
                a, b = b, a
            costs.append(pc[a])
            a = par[a]
        below = [x for x in costs if x < c]
        if below:
            cand = total - max(below) + c
            best = cand if best < 0 else min(best, cand)
    return best


def brute(n, tracks):
    costs = set()
    for chosen in itertools.combinations(tracks, n - 1):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        ok = True
        for a, b, c in chosen:
            ra, rb = find(a), find(b)
            if ra == rb:
                ok = False
                break
            parent[ra] = rb
        if ok:
            costs.add(sum(t[2] for t in chosen))
    costs = sorted(costs)
    return costs[1] if len(costs) > 1 else -1


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


def write(kind, n, tracks):
    answer = solve(n, tracks)
    if n <= 400:
        assert answer == naive(n, tracks), (n, tracks)
    if len(tracks) <= 11:
        assert answer == brute(n, tracks), (n, tracks)
    write_json_test(kind, [n, tracks], answer)


def pair(n):
    a = rng.randrange(n)
    b = rng.randrange(n - 1)
    return [a, b if b < a else b + 1]


def costed(pairs, low=1, high=100000):
    return [[a, b, rng.randint(low, high)] for a, b in pairs]


def tree(n):
    return [[rng.randrange(i), i] for i in range(1, n)]


def relabel(n, tracks):
    labels = list(range(n))
    rng.shuffle(labels)
    out = [[labels[a], labels[b], c] if rng.random() < 0.5 else [labels[b], labels[a], c]
           for a, b, c in tracks]
    rng.shuffle(out)
    return out


def case(n, m, low=1, high=100000):
    return relabel(n, costed(tree(n) + [pair(n) for _ in range(m - n + 1)], low, high))


clear_data()
rng = random.Random(17203)
N, M, C = 2000, 5000, 100000

write("sample", 4, [[0, 1, 1], [1, 2, 2], [2, 3, 3], [0, 2, 4], [1, 3, 5]])
write("sample", 3, [[0, 1, 2], [1, 2, 2], [0, 2, 2], [0, 2, 5]])
write("sample", 3, [[0, 1, 4], [1, 2, 6]])
# Edge cases.
write("secret", 1, [])
write("secret", 2, [])
write("secret", 2, [[0, 1, 5]])
write("secret", 2, [[0, 1, 5], [1, 0, 5]])
write("secret", 2, [[0, 1, 5], [1, 0, 5], [0, 1, 6]])
write("secret", 2, [[1, 0, C], [0, 1, 1]])
write("secret", 4, [[0, 1, 1], [2, 3, 1], [0, 1, 2]])
# All costs equal: every plan costs the same.
write("secret", 5, [[a, b, 7] for a in range(5) for b in range(a + 1, 5)])
# The dearest path track ties with the added track; the next distinct value must be used.
write("secret", 4, [[0, 1, 3], [1, 2, 3], [2, 3, 1], [0, 3, 3], [0, 2, 9]])
write("secret", 5, [[0, 1, 5], [1, 2, 5], [2, 3, 2], [3, 4, 5], [4, 0, 5]])
for n, m in [(5, 8), (6, 10), (6, 11), (7, 10)]:
    write("secret", n, case(n, m, 1, 4))
write("secret", 7, case(7, 11, 1, C))
write("secret", 50, case(50, 150, 1, 5))
write("secret", 300, case(300, 900, 1, 1000))
write("secret", 400, costed([pair(400) for _ in range(600)], 1, 50))
# Maximum sizes.
write("secret", N, case(N, M))
write("secret", N, case(N, M, 1, 3))
write("secret", N, case(N, N - 1))
# A long path of equal cheap tracks plus one closing track of the same cost and a dearer copy.
write("secret", N, relabel(N, [[i, i + 1, 10] for i in range(N - 1)] + [[0, N - 1, 10], [N - 1, 0, 11]]))
# A path with increasing costs; non-tree tracks tie with the path's largest cost.
write("secret", N, relabel(N, [[i, i + 1, 1 + i * 50] for i in range(N - 1)]
                           + [[a, b, 1 + (max(a, b) - 1) * 50] for a, b in
                              ([min(p), max(p)] for p in (pair(N) for _ in range(M - N + 1)))
                              if b > a + 1]))
write("secret", N, relabel(N, [[0, i, C] for i in range(1, N)] + costed([pair(N) for _ in range(M - N + 1)], C, C)))
write("secret", N, costed([pair(N) for _ in range(M)], 1, C))
write("secret", N, relabel(N, costed(tree(N), 1, 10) + [[a, b, 10] for a, b in (pair(N) for _ in range(M - N + 1))]))
