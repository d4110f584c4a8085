# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(lanterns):
    v = [1] + lanterns + [1]
    m = len(v)
    best = [[0] * m for _ in range(m)]
    for gap in range(2, m):
        for i in range(m - gap):
            j = i + gap
            vi_vj = v[i] * v[j]
            row_i = best[i]
            top = 0
            for k in range(i + 1, j):
                t = row_i[k] + best[k][j] + vi_vj * v[k]
                if t > top:
                    top = t
            best[i][j] = top
    return best[0][m - 1]


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


def write(kind, lanterns):
    write_json_test(kind, [lanterns], solve(lanterns))


clear_data()
rng = random.Random(8401)


def row(n, low=0, high=100):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [2, 9, 1, 4])
write("sample", [2, 7])
write("secret", [0])
write("secret", [100])
write("secret", [1, 1, 1])
write("secret", [0, 0, 0, 0])
write("secret", [9, 0, 9])
write("secret", [7, 2])
write("secret", [1, 6])
write("secret", [5, 1, 5, 1, 5])
write("secret", [8, 3, 4, 3, 8])
write("secret", [1, 2, 3, 4, 5, 6])
write("secret", [100, 1, 100, 1, 100])
write("secret", row(8, 0, 9))
write("secret", row(12))
write("secret", row(30, 0, 3))
write("secret", row(60))
# Maximum sizes: 150 lanterns, random, all bright (the largest totals), with zeros, rising,
# alternating, valleys.
N = 150
write("secret", row(N))
write("secret", [100] * N)
write("secret", row(N, 0, 1))
write("secret", [0 if i % 5 == 0 else rng.randint(50, 100) for i in range(N)])
write("secret", [1 + (i * 100) // N for i in range(N)])
write("secret", [100 if i % 2 else 1 for i in range(N)])
write("secret", [abs(i - 75) for i in range(N)])
write("secret", row(N, 90, 100))
