# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (the checker accepts any order).
import json
import random
import shutil
from pathlib import Path


def solve(parts, target):
    combos = [[[]]] + [[] for _ in range(target)]  # combos[s]: lists summing to s
    for p in sorted(parts):
        for s in range(p, target + 1):
            combos[s] += [c + [p] for c in combos[s - p]]
    return sorted(combos[target])


def count(parts, target):
    ways = [1] + [0] * target
    for p in parts:
        for s in range(p, target + 1):
            ways[s] += ways[s - p]
    return ways[target]


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


def random_case(size, target, low=2, high=40):
    """Random distinct parts, shrunk until the answer has at most 2000 combinations."""
    parts = rng.sample(range(low, high + 1), size)
    while count(parts, target) > 2000:
        parts.pop()
    return parts, target


clear_data()
rng = random.Random(6201)

write("sample", [3, 5, 2], 8)
write("sample", [4], 6)
write("sample", [1, 9], 2)
write("secret", [2], 1)
write("secret", [1], 1)
write("secret", [7], 7)
write("secret", [40], 40)
write("secret", [40], 39)
write("secret", [2, 3], 7)
write("secret", [6, 4, 2], 12)
write("secret", [1, 2, 3], 12)
write("secret", [11, 13, 17], 40)
write("secret", [9, 10, 11, 12, 13, 14, 15, 16, 17, 18], 40)
write("secret", [4, 6, 8, 10], 37)
write("secret", [1, 2], 12)
write("secret", [39, 40], 40)
for size, target in [(5, 20), (10, 30), (15, 40), (30, 40), (25, 40), (8, 40)]:
    write("secret", *random_case(size, target))
# Near the largest answers.
write("secret", [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37], 40)
write("secret", [3, 4, 5, 6, 7, 8, 9, 10], 40)
write("secret", list(range(21, 41)), 40)
