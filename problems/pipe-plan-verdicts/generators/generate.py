# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below (Kruskal one cost at a time, bridges per cost).
import random


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


def solve(n, pipes):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    m = len(pipes)
    order = sorted(range(m), key=lambda i: pipes[i][2])
    verdict = [0] * m
    i = 0
    while i < m:
        j = i
        while j < m and pipes[order[j]][2] == pipes[order[i]][2]:
            j += 1
        adj, ends = {}, []
        for e in order[i:j]:
            a, b = find(pipes[e][0]), find(pipes[e][1])
            if a != b:
                verdict[e] = 1
                ends.append((a, b))
                adj.setdefault(a, []).append((b, e))
                adj.setdefault(b, []).append((a, e))
        disc, low, timer = {}, {}, 0
        for s in adj:
            if s in disc:
                continue
            disc[s] = low[s] = timer
            timer += 1
            stack = [(s, -1, iter(adj[s]))]
            while stack:
                v, came, it = stack[-1]
                for to, e in it:
                    if e == came:
                        continue
                    if to in disc:
                        low[v] = min(low[v], disc[to])
                    else:
                        disc[to] = low[to] = timer
                        timer += 1
                        stack.append((to, e, iter(adj[to])))
                        break
                else:
                    stack.pop()
                    if stack:
                        p = stack[-1][0]
                        low[p] = min(low[p], low[v])
                        if low[v] > disc[p]:
                            verdict[came] = 2
        for a, b in ends:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
        i = j
    return verdict


def write(kind, n, pipes):
    pipes = [list(p) for p in pipes]
    write_json_test(kind, [n, pipes], solve(n, pipes))


def pair(n):
    u = rng.randrange(n)
    v = rng.randrange(n - 1)
    return u, v if v < u else v + 1


def relabel(n, pipes):
    labels = list(range(n))
    rng.shuffle(labels)
    pipes = [(labels[u], labels[v], c) if rng.random() < 0.5 else (labels[v], labels[u], c)
             for u, v, c in pipes]
    rng.shuffle(pipes)
    return pipes


def connected(n, m, low, high):
    """A random spanning tree plus random extra pipes, relabelled and shuffled."""
    pipes = [(rng.randrange(i), i, rng.randint(low, high)) for i in range(1, n)]
    pipes += [(*pair(n), rng.randint(low, high)) for _ in range(m - len(pipes))]
    return relabel(n, pipes)


def loose(n, m, low, high):
    """Random pipes, often leaving stations unreachable."""
    return [(*pair(n), rng.randint(low, high)) for _ in range(m)]


clear_data()
rng = random.Random(16701)
BIG = 10**9

write("sample", 4, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (2, 3, 5), (0, 3, 7)])
write("sample", 3, [(0, 1, 4), (0, 1, 4), (1, 2, 2)])
write("sample", 5, [(0, 1, 3), (3, 4, 3)])
write("secret", 1, [])
write("secret", 3, [])
write("secret", 2, [(1, 0, 0)])
write("secret", 2, [(0, 1, 5), (1, 0, 5), (0, 1, 5)])
write("secret", 2, [(0, 1, 6), (1, 0, 5), (0, 1, 7)])
write("secret", 3, [(0, 1, BIG), (1, 2, BIG), (0, 2, BIG)])
write("secret", 4, [(0, 1, 0), (1, 2, 0), (2, 3, 0), (3, 0, 0), (0, 2, 0)])
# A square with one dearer side: the dearest pipe of the only cycle is never needed.
write("secret", 4, [(0, 1, 2), (1, 2, 2), (2, 3, 2), (3, 0, 3)])
# The dearer pipe ties with a path through cheaper groups: a cycle only after shrinking.
write("secret", 5, [(0, 1, 1), (2, 3, 1), (1, 2, 4), (0, 3, 4), (3, 4, 4), (0, 4, 9)])
# Parallel pipes between two groups that cheaper pipes built.
write("secret", 6, [(0, 1, 1), (1, 2, 1), (3, 4, 1), (4, 5, 1), (0, 5, 2), (2, 3, 2),
                    (1, 4, 3)])
# Two groups that never meet, each with its own ties.
write("secret", 8, [(0, 1, 5), (1, 2, 5), (2, 0, 5), (4, 5, 7), (5, 6, 7), (6, 7, 1),
                    (4, 6, 8)])
# Small random graphs with many ties (checked against a brute force over every plan).
for n, m, high in [(5, 7, 2), (6, 9, 1), (7, 10, 3), (8, 12, 2), (6, 11, 0)]:
    write("secret", n, connected(n, m, 0, high))
write("secret", 9, loose(9, 8, 0, 2))
for n, m, low, high in [(50, 120, 0, 5), (300, 900, 0, 20), (2000, 5000, 0, BIG)]:
    write("secret", n, connected(n, m, low, high))
# Maximum sizes: 10^4 stations, 2*10^4 pipes.
N, M = 10**4, 2 * 10**4
write("secret", N, connected(N, M, 0, 3))
write("secret", N, connected(N, M, 0, BIG))
# All costs equal: one search over the whole graph; a long path keeps the stack deep.
path = [(i, i + 1, BIG) for i in range(N - 1)]
extra = []
while len(path) + len(extra) < M:
    a = rng.randrange(N - 1)
    extra.append((a, min(N - 1, a + rng.randint(1, 3)), BIG))
write("secret", N, relabel(N, path + extra[:M - len(path) - 50] + [(i, i + 1, BIG) for i in range(0, 100, 2)]))
# Parallel pairs everywhere on a path, some of them cheaper than their twin.
pairs = []
for i in range(N - 1):
    c = rng.randint(0, 2)
    pairs += [(i, i + 1, c), (i + 1, i, c + rng.randint(0, 1))]
write("secret", N, relabel(N, pairs[:M]))
# Many separate groups at the largest size.
write("secret", N, loose(N, M // 3, 0, 4) + loose(N, M - M // 3, 5, 6))
