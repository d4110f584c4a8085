# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(n, links):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
    return groups


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


def relabel(n, links):
    labels = list(range(n))
    rng.shuffle(labels)
    out = [[labels[a], labels[b]] for a, b in links]
    rng.shuffle(out)
    return out


clear_data()
rng = random.Random(4301)
N, M = 20000, 40000

write("sample", 6, [[0, 1], [2, 3], [1, 4], [4, 0]])
write("sample", 3, [])
write("sample", 4, [[3, 2], [2, 3], [1, 0], [0, 2]])
write("secret", 1, [])
write("secret", 2, [])
write("secret", 2, [[0, 1]])
write("secret", 2, [[1, 0], [0, 1], [1, 0]])
write("secret", 5, [[0, 1], [1, 2], [2, 0], [3, 4]])
write("secret", 5, [[0, 4], [1, 4], [2, 4], [3, 4]])
write("secret", 7, [[5, 6]])
write("secret", 8, [[0, 1], [2, 3], [4, 5], [6, 7], [1, 2], [5, 6]])
write("secret", 6, [[0, 1], [1, 2], [3, 4], [4, 5], [2, 3]])
write("secret", 10, [pair(10) for _ in range(5)])
write("secret", 100, [pair(100) for _ in range(60)])
write("secret", 1000, [pair(1000) for _ in range(700)])
write("secret", 1000, [pair(1000) for _ in range(2000)])
# Maximum sizes.
write("secret", N, [])
write("secret", N, relabel(N, [[i, i + 1] for i in range(N - 1)]))
write("secret", N, [[i, i + 1] for i in range(N - 1)])
write("secret", N, relabel(N, [[0, i] for i in range(1, N)] + [pair(N) for _ in range(M - N + 1)]))
write("secret", N, [pair(N) for _ in range(N // 2)])
write("secret", N, [pair(N) for _ in range(M)])
write("secret", N, [[i, i ^ 1] for i in range(N)] * 2)
write("secret", N, relabel(N, [[a, b] for g in range(0, N, 100)
                               for a, b in ([g + i, g + i + 1] for i in range(99))] * 2))
write("secret", N, [[N - 1, N - 2]] * (M // 4))
