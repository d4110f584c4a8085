# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(land):
    n = len(land[0])
    prev, best = [0] * (n + 1), 0
    for row in land:
        cur = [0] * (n + 1)
        for c in range(n):
            if row[c] == "1":
                cur[c + 1] = 1 + min(prev[c + 1], cur[c], prev[c])
                best = max(best, cur[c + 1])
        prev = cur
    return best * best


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


def write(kind, land):
    write_json_test(kind, [land], solve(land))


clear_data()
rng = random.Random(9301)


def field(m, n, free=0.7):
    return ["".join("1" if rng.random() < free else "0" for _ in range(n)) for _ in range(m)]


def with_square(m, n, side, free=0.5):
    g = [list(r) for r in field(m, n, free)]
    r0, c0 = rng.randint(0, m - side), rng.randint(0, n - side)
    for r in range(r0, r0 + side):
        for c in range(c0, c0 + side):
            g[r][c] = "1"
    return ["".join(r) for r in g]


def frame(k):
    """An L- and frame-shaped free area with a rock in the middle: no big square inside."""
    g = [["1"] * k for _ in range(k)]
    g[k // 2][k // 2] = "0"
    return ["".join(r) for r in g]


write("sample", ["10110", "11111", "01111", "10110"])
write("sample", ["111", "111", "110"])
write("secret", ["0"])
write("secret", ["1"])
write("secret", ["11", "11"])
write("secret", ["10", "01"])
write("secret", ["1111111"])
write("secret", ["1", "1", "1"])
write("secret", ["110", "111", "011"])
write("secret", ["0111", "1111", "1111", "1110"])
write("secret", frame(5))
write("secret", ["1111", "1110", "1111", "1111"])
write("secret", field(6, 6))
write("secret", with_square(30, 40, 12))
write("secret", field(100, 100, 0.9))
# Maximum sizes: all free, all rock, one rock in the middle, random at several densities, a
# big square hidden in noise, stripes, long thin maps.
N = 500
write("secret", ["1" * N] * N)
write("secret", ["0" * N] * N)
write("secret", frame(N))
write("secret", field(N, N, 0.95))
write("secret", field(N, N, 0.5))
write("secret", with_square(N, N, 137, 0.6))
write("secret", ["".join("1" if (r // 3 + c // 5) % 7 else "0" for c in range(N)) for r in range(N)])
write("secret", field(1, N, 0.99))
write("secret", field(N, 3, 0.9))
write("secret", ["1" * (N - 1 - r) + "0" + "1" * r for r in range(N)])
