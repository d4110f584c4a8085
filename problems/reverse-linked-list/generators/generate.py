# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The package's first secret tests, written before this
# generator, are kept byte for byte in generators/original/ and copied under their own names;
# the samples (the statement's examples) and the new secret tests are written here, seeded,
# each answer from the reference solution below.
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


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def write(values, kind="secret"):
    write_json_test(kind, [values], values[::-1])


def randoms(n, low=-5000, high=5000):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
keep_original_tests()
rng = random.Random(20601)

# The samples: the statement's two examples.
write([7, -2, 0, 13], "sample")
write([11], "sample")

# Edge cases: one node, the value bounds, two and three nodes, palindromes, equal values.
write([7])
write([-5000])
write([5000, -5000])
write([0, 0])
write([1, 2, 3])
write([1, 2, 1])
write([3, 3, 3, 3])
write([1, 2, 2, 1])
write(list(range(-10, 11)))
write([0, -1, 2, -3, 4, -5, 6])
for n in (4, 10, 33, 100, 999):
    write(randoms(n))
write(randoms(200, -1, 1))
# Maximum sizes: 5000 nodes, random, sorted, all equal, and at the value bounds.
write(randoms(5000))
write(list(range(-2500, 2500)))
write([-5000] * 5000)
write([rng.choice([-5000, 5000]) for _ in range(5000)])
write(list(range(5000, 0, -1)))
