# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from bisect below.
import random
from bisect import bisect_left, bisect_right

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

V = 10**9


def write(kind, codes, queries):
    codes = sorted(codes)
    lines = []
    for x in queries:
        lo, hi = bisect_left(codes, x), bisect_right(codes, x)
        lines.append(f"{lo} {hi - 1}" if lo < hi else "-1 -1")
    text = f"{len(codes)} {len(queries)}\n{' '.join(map(str, codes))}\n{' '.join(map(str, queries))}\n"
    write_test(kind, text, "\n".join(lines) + "\n")


def mixed_queries(codes, q, low, high):
    """Half present codes, half random values (mostly absent)."""
    return [rng.choice(codes) if rng.random() < 0.5 else rng.randint(low, high) for _ in range(q)]


clear_data()
rng = random.Random(11401)
write("sample", [2, 4, 4, 4, 7, 9, 9], [4, 9, 5, 2])
write("sample", [-5, -5, -5], [-5, 10])
write("secret", [0], [0])
write("secret", [0], [1])
write("secret", [V], [V, -V, V - 1])
write("secret", [-V], [-V, V])
write("secret", [-V, V], [-V, V, 0])
write("secret", [1, 1, 2, 2], [0, 1, 2, 3])
write("secret", [3, 3, 3, 3, 3], [3, 2, 4])
write("secret", [1, 2, 3, 4, 5, 6], [1, 6, 3, 7, 0])
write("secret", [-3, -1, -1, 0, 0, 0, 8], [-1, 0, 8, -2, 9, -4])
write("secret", [1, 3, 5], [2, 4, 6, 0])
write("secret", [-1, -1, 0, 1, 1], [-1, 1, 0])
write("secret", [5, 5], [5, 5, 5])
write("secret", [-V, -V, V, V], [-V, V, 0])
write("secret", [10, 20, 20, 20, 30, 30], [20, 30, 10, 25])
for n, q, r in [(10, 10, 5), (100, 50, 30), (1000, 1000, 10**6), (5000, 5000, 100)]:
    codes = [rng.randint(-r, r) for _ in range(n)]
    write("secret", codes, mixed_queries(codes, q, -r, r))
codes = [rng.randint(-V, V) for _ in range(2000)]
write("secret", codes, mixed_queries(codes, 2000, -V, V))
# Largest (about 1 MB each: codes with few digits): one code filling the shelf, queried
# again and again (a scan from a found copy is O(n) each time); absent codes above every
# code; many duplicates; and distinct codes.
N, Q = 10**5, 10**5
write("secret", [7] * N, [7] * Q)
write("secret", [7] * 500 + [8] * 500, [6, 7, 8, 9] * 100)
codes = [rng.randint(0, 9999) for _ in range(20000)]
write("secret", codes, [rng.randint(10000, 99999) for _ in range(10000)])
write("secret", codes, mixed_queries(codes, 10000, -9999, 9999))
write("secret", list(range(-5000, 5000)), mixed_queries(list(range(-5000, 5000)), 5000, -N, N))
