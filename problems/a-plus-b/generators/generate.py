# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The package's first tests, written before this generator,
# are kept byte for byte in generators/original/ and copied under their own names; the new
# ones follow them, seeded.
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

LIMIT = 10**9


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def write(a, b):
    write_test("secret", f"{a} {b}\n", f"{a + b}\n")


clear_data()
keep_original_tests()
rng = random.Random(1201)

# Edge cases: zeroes, opposite numbers (sum 0), the bounds (sums of ±2·10^9, near the
# limit of a 32-bit int), and one-digit numbers.
write(0, 0)
write(0, -1)
write(7, -7)
write(LIMIT, LIMIT)
write(-LIMIT, -LIMIT)
write(LIMIT, -LIMIT)
write(-LIMIT, 0)
write(LIMIT - 1, 1)
write(1, 1)
write(-9, 3)
write(LIMIT - 1, LIMIT - 1)
write(-LIMIT + 1, LIMIT)
for low, high in ((-10, 10), (-1000, 1000), (0, LIMIT), (-LIMIT, 0), (-LIMIT, LIMIT)):
    write(rng.randint(low, high), rng.randint(low, high))
