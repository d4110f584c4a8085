# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below.
import random


def painted(strokes):
    total, reach = 0, None
    for start, end in strokes:
        if reach is None or end > reach:
            total += end - (start if reach is None else max(start, reach))
            reach = end
    return total


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


def write(kind, strokes):
    write_json_test(kind, [strokes], painted(strokes))


def random_strokes(n, low, high, longest):
    out = []
    for _ in range(n):
        s = rng.randint(low, high)
        out.append([s, min(high, s + rng.randint(0, longest))])
    rng.shuffle(out)
    return sorted(out, key=lambda st: st[0])          # equal starts keep a random order


def umbrellas(n, low, high):
    """Long strokes each followed by several short ones inside them."""
    out, x = [], low
    while len(out) < n:
        span = rng.randint(50, 5000)
        out.append([x, x + span])
        inner = x
        for _ in range(rng.randint(1, 8)):
            inner = rng.randint(inner, x + span - 1)
            out.append([inner, rng.randint(inner, x + span)])
        x += span + rng.randint(-40, 200)
    return sorted(out[:n], key=lambda st: st[0])


clear_data()
rng = random.Random(16601)
B = 2 * 10**9
N = 10**4

write("sample", [[0, 4], [2, 6], [8, 9], [9, 11]])
write("sample", [[-5, 10], [-3, 0], [2, 4], [12, 12]])
write("sample", [])
# Single strokes, empty strokes, extremes.
write("secret", [[0, 1]])
write("secret", [[5, 5]])
write("secret", [[-B, -B]])
write("secret", [[-B, B]])
write("secret", [[-B, 0], [0, B]])
write("secret", [[3, 3], [3, 3], [3, 3]])
# Duplicates, touching, equal starts in either order.
write("secret", [[1, 4], [1, 4], [1, 4]])
write("secret", [[0, 2], [2, 5], [5, 6]])
write("secret", [[0, 5], [0, 2]])
write("secret", [[0, 2], [0, 5]])
# Containment: a long stroke covers the later short ones.
write("secret", [[0, 10], [1, 2], [3, 4]])
write("secret", [[0, 10], [1, 2], [3, 12], [11, 11]])
write("secret", [[-10, -5], [-7, -6], [-6, -1], [-1, 0]])
write("secret", [[-B, B], [-B + 1, B - 1], [0, 1], [B, B]])
write("secret", [[1, 2], [4, 8], [5, 6], [7, 9], [20, 20], [21, 30]])
for n, low, high, longest in ((10, -20, 20, 6), (60, -100, 100, 30), (300, 0, 1000, 2), (2000, -B, B, 10**6)):
    write("secret", random_strokes(n, low, high, longest))
write("secret", umbrellas(500, -10**6, 10**6))
# Maximum sizes: 10^4 strokes, over the whole range; totals near 4*10^9 (past 32 bits).
write("secret", random_strokes(N, -B, B, B // 1000))
write("secret", sorted([[-B + i, B - i] for i in range(N)]))
write("secret", [[2 * i - N, 2 * i - N + 1] for i in range(N)])
write("secret", [[-B + i * (2 * B // N), min(B, -B + (i + 2) * (2 * B // N))] for i in range(N)])
write("secret", [[-7, 7]] * N)
write("secret", umbrellas(N, -B, B - 10**8))
write("secret", random_strokes(N, -B, B, 2 * B))
