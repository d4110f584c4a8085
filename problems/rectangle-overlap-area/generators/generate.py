# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(ax1, ay1, ax2, ay2, bx1, by1, bx2, by2):
    width = max(0, min(ax2, bx2) - max(ax1, bx1))
    height = max(0, min(ay2, by2) - max(ay1, by1))
    return width * height


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


def write(kind, a, b):
    """One test: rectangles a and b, each (x1, y1, x2, y2)."""
    args = list(a) + list(b)
    write_test(kind, dump(args) + "\n", dump(solve(*args)) + "\n")


def rect(x_bound=10**9, y_bound=2 * 10**6):
    x1, x2 = sorted(rng.sample(range(-x_bound, x_bound + 1), 2))
    y1, y2 = sorted(rng.sample(range(-y_bound, y_bound + 1), 2))
    return (x1, y1, x2, y2)


clear_data()
rng = random.Random(4101)
B, H = 10**9, 2 * 10**6
FULL = (-B, -H, B, H)

write("sample", (0, 0, 4, 3), (2, 1, 6, 5))
write("sample", (-3, -3, -1, -1), (-1, -3, 2, 0))
write("sample", FULL, FULL)
write("secret", (0, 0, 1, 1), (0, 0, 1, 1))
write("secret", (0, 0, 1, 1), (1, 1, 2, 2))
write("secret", (0, 0, 1, 1), (2, 2, 3, 3))
write("secret", (0, 0, 10, 10), (3, 3, 5, 5))
write("secret", (3, 3, 5, 5), (0, 0, 10, 10))
# A plus sign: each crosses the other, no corner inside the other.
write("secret", (-5, -1, 5, 1), (-1, -5, 1, 5))
# Apart on both axes: clamping after multiplying would give 4.
write("secret", (0, 0, 1, 1), (3, 3, 5, 5))
write("secret", (3, 3, 5, 5), (0, 0, 1, 1))
# Apart on one axis only.
write("secret", (0, 0, 2, 10), (5, 0, 7, 10))
write("secret", (0, 0, 10, 2), (0, 5, 10, 7))
# Sharing an edge, both ways.
write("secret", (0, 0, 2, 2), (0, 2, 2, 4))
write("secret", (-2, -2, 0, 0), (0, -2, 2, 0))
# Negative coordinates only.
write("secret", (-10, -10, -2, -3), (-7, -8, -1, -1))
# Bounds: widths of 2*10^9 (past 32 bits), areas up to 8*10^15 (below 2^53).
write("secret", FULL, (-B, -H, B, H - 1))
write("secret", FULL, (0, 0, B, H))
write("secret", (-B, -H, B, 0), (-B, 0, B, H))
write("secret", (-B, -H, B, 1), (-B, -1, B, H))
write("secret", (-B, -H, -B + 1, -H + 1), (B - 1, H - 1, B, H))
write("secret", (-B, 0, B, 1), (0, -H, 1, H))
# Random ones, large and small.
for _ in range(5):
    write("secret", rect(), rect())
for _ in range(2):
    write("secret", rect(20, 20), rect(20, 20))
