# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(bookings):
    kept, last = 0, None
    for start, end in sorted(bookings, key=lambda b: b[1]):
        if last is None or start >= last:
            kept += 1
            last = end
    return len(bookings) - kept


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


def write(kind, bookings):
    write_json_test(kind, [bookings], solve(bookings))


clear_data()
rng = random.Random(7701)
T = 5 * 10**4


def booking(max_len, low=-T, high=T):
    length = rng.randint(1, max_len)
    start = rng.randint(low, high - length)
    return [start, start + length]


def many(n, max_len, low=-T, high=T):
    return [booking(max_len, low, high) for _ in range(n)]


write("sample", [[1, 3], [2, 4], [3, 5], [1, 2]])
write("sample", [[1, 10], [2, 3], [4, 5], [6, 7]])
write("sample", [[5, 6], [5, 6]])
write("secret", [[0, 1]])
write("secret", [[-T, T]])
write("secret", [[1, 2], [2, 3], [3, 4]])
write("secret", [[1, 3], [1, 3], [1, 3]])
write("secret", [[-3, -1], [-2, 0], [-1, 1], [0, 2]])
write("secret", [[1, 100], [1, 2], [2, 3], [99, 100]])
write("secret", [[0, 5], [4, 9], [8, 13], [1, 2], [6, 7], [11, 12]])
write("secret", [[1, 4], [2, 3], [3, 6], [5, 7], [6, 8]])
write("secret", [[i, i + 2] for i in range(10)])
write("secret", [[1, 5], [2, 3], [3, 4], [4, 6], [0, 2]])
write("secret", many(20, 10, 0, 40))
write("secret", many(200, 100, -500, 500))
write("secret", many(1000, 5000))
# Maximum sizes: one long booking in front of many short ones (sorting by start fails), nested
# bookings, a random mix; then large random mixes, identical bookings and chains of touching
# ones.
N = 100000
write("secret", [[-T, T]] + [[i, i + 1] for i in range(-T, -T + N - 1)])
write("secret", [[-(i // 2 + 1), i // 2 + 1] for i in range(N)])
write("secret", many(N, 10))
M = 20000
write("secret", many(M, 2000))
write("secret", many(M, 2 * T))
write("secret", [[3, 4]] * M)
write("secret", [[i, i + 1] for i in range(-T, -T + M)])
write("secret", [[i, i + 2] for i in range(-T, -T + M)])
write("secret", sorted(many(M, 50), reverse=True))
write("secret", [[-T + 4 * i, -T + 4 * i + 6] for i in range(M)])
