# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(tolls):
    if len(tolls) == 1:
        return 0
    a, b = tolls[0], tolls[1]
    for t in tolls[2:]:
        a, b = b, t + min(a, b)
    return min(a, b)


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


def write(kind, tolls):
    write_json_test(kind, [tolls], solve(tolls))


clear_data()
rng = random.Random(12701)
B = 10**9

write("sample", [4, 9, 3])
write("sample", [1, 50, 2, 2, 50, 1])
write("sample", [5, -3, -3])
write("secret", [7])
write("secret", [-7])
write("secret", [3, 2])
write("secret", [0, 0, 0, 0])
write("secret", [-1, -1, -1, -1, -1])
# The greedy walk (cheaper of the next two) is led astray here.
write("secret", [1, 2, 100, 1])
write("secret", [1, 2, 100, 1, 100, 1])
write("secret", [10, 1, 1, 100, 1, 1, 100])
write("secret", [B, -B, B, -B, B])
write("secret", [-B, B, -B])
write("secret", [rng.randint(-20, 20) for _ in range(15)])
write("secret", [rng.randint(0, 9) for _ in range(40)])
for _ in range(4):
    write("secret", [rng.randint(-1000, 1000) for _ in range(rng.randint(2, 200))])
# Maximum sizes and the 64-bit bounds: all tolls at +10^9 and at -10^9, alternating, random.
N = 2 * 10**4
write("secret", [B] * N)
write("secret", [-B] * N)
write("secret", [B if i % 2 else -B for i in range(N)])
write("secret", [rng.randint(-B, B) for _ in range(N)])
write("secret", [rng.randint(0, 99) for _ in range(N)])
write("secret", [rng.choice([0, 9]) for _ in range(N)])
