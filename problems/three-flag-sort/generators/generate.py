# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer is the sorted array.
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


def write(kind, flags):
    write_json_test(kind, [flags], sorted(flags))


def mix(n, weights=(1, 1, 1)):
    return rng.choices([0, 1, 2], weights, k=n)


clear_data()
rng = random.Random(11001)
write("sample", [2, 0, 1, 2, 1, 0])
write("sample", [1, 2, 1])
for flags in [[0], [1], [2], [2, 0], [0, 2], [2, 2, 0], [2, 1, 0], [0, 1, 2], [1, 0, 2, 0],
              [2, 0, 2, 0, 2, 0], [1, 1, 1, 1], [2, 2, 2, 1, 1, 1, 0, 0, 0]]:
    write("secret", flags)
for n in [10, 30, 100, 1000]:
    write("secret", mix(n))
write("secret", mix(500, (0, 1, 1)))
write("secret", mix(500, (1, 0, 1)))
write("secret", mix(500, (1, 1, 0)))
# Largest: random, reversed, all blue but one red at the end, and alternating 2/0.
N = 5 * 10**4
write("secret", mix(N))
write("secret", [2] * (N // 3) + [1] * (N // 3) + [0] * (N - 2 * (N // 3)))
write("secret", [2] * (N - 1) + [0])
write("secret", [2, 0] * (N // 2))
