# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(n, friendships):
    parent, size = list(range(n)), [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best = 1
    for a, b in friendships:
        ra, rb = find(a), find(b)
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            best = max(best, size[ra])
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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


def pair(n):
    a = rng.randrange(n)
    b = rng.randrange(n - 1)
    return [a, b if b < a else b + 1]


def relabel(n, pairs):
    """The same graph with the students renumbered and the pairs shuffled (ends swapped too)."""
    labels = list(range(n))
    rng.shuffle(labels)
    out = [[labels[a], labels[b]] if rng.random() < 0.5 else [labels[b], labels[a]] for a, b in pairs]
    rng.shuffle(out)
    return out


def groups(sizes, extra=0):
    """Disjoint random trees of the given sizes (plus `extra` links inside the groups), relabelled."""
    pairs, start = [], 0
    for s in sizes:
        for i in range(1, s):
            pairs.append([start + rng.randrange(i), start + i])
        start += s
    n = start
    spans = []
    start = 0
    for s in sizes:
        spans.append((start, s))
        start += s
    big = [(st, s) for st, s in spans if s >= 2]
    for _ in range(extra if big else 0):
        st, s = rng.choice(big)
        a = st + rng.randrange(s)
        b = st + rng.randrange(s - 1)
        pairs.append([a, b if b < a else b + 1])
    return n, relabel(n, pairs)


clear_data()
rng = random.Random(15101)
N, M = 20000, 40000

write("sample", 7, [[0, 1], [1, 2], [3, 4], [5, 3], [4, 5]])
write("sample", 4, [])
write("sample", 5, [[4, 0], [0, 4], [1, 4], [3, 2], [1, 0]])
# Edge cases.
write("secret", 1, [])
write("secret", 2, [])
write("secret", 2, [[1, 0]])
write("secret", 2, [[0, 1], [1, 0], [0, 1], [1, 0]])
write("secret", 3, [[2, 1]])
# A chain told at one end still reaches the other end.
write("secret", 6, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]])
# The student with the most friends is not in the biggest group.
write("secret", 9, [[0, 1], [0, 2], [0, 3], [4, 5], [5, 6], [6, 7], [7, 8]])
# Sizes recorded at parent[i] go stale once groups merge through a non-root.
write("secret", 6, [[0, 1], [2, 3], [3, 4], [1, 2], [5, 4]])
write("secret", 8, [[1, 0], [3, 2], [5, 4], [7, 6], [2, 0], [6, 4], [4, 0]])
write("secret", 5, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 3]])
write("secret", 10, [pair(10) for _ in range(4)])
write("secret", 100, [pair(100) for _ in range(50)])
write("secret", 1000, [pair(1000) for _ in range(500)])
write("secret", 1000, [pair(1000) for _ in range(1500)])
write("secret", *groups([3, 7, 7, 2, 1, 6], extra=5))
# Maximum sizes.
write("secret", N, [])
write("secret", N, relabel(N, [[i, i + 1] for i in range(N - 1)]))
write("secret", N, [[i + 1, i] for i in range(N - 1)])
write("secret", N, relabel(N, [[0, i] for i in range(1, N)] + [pair(N) for _ in range(M - N + 1)]))
write("secret", N, [pair(N) for _ in range(N // 2)])
write("secret", N, [pair(N) for _ in range(M)])
write("secret", N, [[i, i ^ 1] for i in range(N)] * 2)
write("secret", *groups([100] * 198 + [101, 99], extra=M - N))
sizes = []
while sum(sizes) < N - 60:
    sizes.append(rng.randrange(1, 60))
sizes.append(N - sum(sizes))
write("secret", *groups(sizes, extra=10000))
write("secret", N, [[N - 1, N - 2]] * M)
# Sorted merges: a binary tree of unions, each joining two equal halves through non-roots.
write("secret", 16384, [[i, i + h] for h in (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192)
                        for i in range(0, 16384, 2 * h)])
