# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer is the list from node n // 2 on.
import random

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


def write(kind, values):
    write_json_test(kind, [values], values[len(values) // 2:])


clear_data()
rng = random.Random(10301)
V = 10**5
write("sample", [4, 8, 15, 16, 23])
write("sample", [7, -3, 7, 0])
write("secret", [1])
write("secret", [-V])
write("secret", [1, 2])
write("secret", [V, -V])
write("secret", [5, 5, 5])
write("secret", [-1, -2, -3, -4, -5])
write("secret", [0, 0, 0, 0])
write("secret", [1, 2, 3, 4, 5, 6])
write("secret", [9, 8, 7, 6, 5, 4, 3])
# Repeated values, so only the position (not the value) tells the middles apart.
write("secret", [3, 1, 3, 1, 3, 1, 3, 1])
for n in [9, 10, 11, 16, 17, 100, 101, 1000, 1001, 9999, 10000]:
    write("secret", [rng.randint(-V, V) for _ in range(n)])
# Maximum sizes, odd and even.
write("secret", [rng.randint(0, 9) for _ in range(10**5)])
write("secret", [rng.randint(-V, V) for _ in range(30001)])
