# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(nums):
    values = sorted(set(nums))
    best = run = 0
    for i, v in enumerate(values):
        run = run + 1 if i and values[i - 1] == v - 1 else 1
        best = max(best, run)
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


def write(kind, nums):
    write_json_test(kind, [nums], solve(nums))


clear_data()
rng = random.Random(7101)
V = 10**9


def shuffled(values):
    values = list(values)
    rng.shuffle(values)
    return values


write("sample", [40, 3, 41, 1, 39, 2, 4])
write("sample", [5, 5, 6, -1, 0, 5])
write("secret", [])
write("secret", [7])
write("secret", [-V])
write("secret", [3, 3, 3])
write("secret", [1, 2, 2, 3])
write("secret", [2, 1, 3, 2, 1])
write("secret", [V, V - 1, -V, -V + 1, -V + 2])
write("secret", [0, -1, -2, -3, 10, 11])
write("secret", [1, 3, 5, 7, 9])
write("secret", [9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6])
write("secret", shuffled(range(-5, 6)))
write("secret", [rng.randint(-20, 20) for _ in range(30)])
write("secret", [rng.randint(-1000, 1000) for _ in range(1000)])
write("secret", [rng.randint(-V, V) for _ in range(1000)])
# Maximum sizes: one streak of 10^5 (walking from every value is quadratic), a long one
# descending, many short streaks, duplicates everywhere, values at the bounds.
write("secret", shuffled(range(-50000, 50000)))
write("secret", list(range(V, V - 30000, -1)))
write("secret", shuffled(x for s in range(0, 160000, 8) for x in range(s, s + 2 + s % 5)))
write("secret", [rng.randint(0, 60000) for _ in range(100000)])
write("secret", [rng.randint(-V, V) for _ in range(30000)])
write("secret", shuffled(list(range(-V, -V + 15000)) + list(range(V - 14999, V + 1))))
write("secret", shuffled([x for x in range(60000) if x != 30000] + [30001] * 40001))
write("secret", [42] * 100000)
write("secret", shuffled(range(0, 100000, 2)))
write("secret", shuffled(list(range(100, 25100)) + list(range(25101, 50101))))
