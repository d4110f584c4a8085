# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below.
import random


def solve(energy, k):
    total = sum(energy[:k])
    best, answer = total, 0
    for s in range(1, len(energy) - k + 1):
        total += energy[s + k - 1] - energy[s - 1]
        if total > best:
            best, answer = total, s
    return answer


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


def write(kind, energy, k):
    write_json_test(kind, [energy, k], solve(energy, k))


def log(n, low=-10**9, high=10**9):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(16501)
B = 10**9
N = 10**5

write("sample", [-2, 5, 1, -4, 6, 0], 2)
write("sample", [-9, -3, -5, -1], 3)
write("sample", [4, -1, 7], 3)
# Single hours, whole logs, k = 1.
write("secret", [7], 1)
write("secret", [-B], 1)
write("secret", [0, 0, 0, 0], 2)
write("secret", [3, -1, 3, -1, 3], 1)
write("secret", [-5, -2, -8, -2], 1)
write("secret", [1, 2, 3, 4, 5], 5)
write("secret", [-1, -2, -3, -4, -5], 4)
# Negative totals everywhere, the best not at the start.
write("secret", [-10, -10, -1, -1, -10], 2)
write("secret", [-B] * 5 + [-B + 1] + [-B] * 4, 3)
# Ties: the earliest start wins.
write("secret", [2, 0, 2, 0, 2, 0], 2)
write("secret", [1, -1, 1, -1, 1, -1, 1], 3)
write("secret", [5, 1, 1, 5, 1, 1, 5], 3)
# The best stretch is the last one (loop bounds).
write("secret", [1, 1, 1, 1, 9], 2)
write("secret", [-3, -2, -1, 0], 2)
for n, k, low, high in ((10, 3, -9, 9), (50, 7, -100, 100), (200, 1, -5, 5), (1000, 100, -B, B), (5000, 2500, -3, 3)):
    write("secret", log(n, low, high), k)
# Maximum sizes (small values, to keep data/ small): all negative, many ties, k = 1 and k near n.
write("secret", log(N, -99, 99), 500)
write("secret", log(N, -9, -1), 99999)
write("secret", [9 if i % 2 else -9 for i in range(N)], 2)
write("secret", log(N, -1, 1), 1)
# Totals past 32 bits (up to 2*10^13): long windows of values near 10^9.
M = 20000
write("secret", log(M, B - 1000, B), M // 2)
write("secret", [B, B, B, -B, -B, -B, 1, 1, 1], 3)
write("secret", [B] * 5000, 5000)
write("secret", log(M, -B, B), 3000)
