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

LIMIT = 10**4


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def solve(a):
    best = cur = a[0]
    for x in a[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


def write(a, kind="secret"):
    write_test(kind, f"{len(a)}\n{' '.join(map(str, a))}\n", f"{solve(a)}\n")


def randoms(n, low=-LIMIT, high=LIMIT):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
keep_original_tests()
rng = random.Random(5301)

# The samples: the statement's two examples.
write([3, -4, 5, -1, 6, -9, 2], "sample")
write([-7], "sample")

# Edge cases: one number (negative, zero, the bounds), all negative (the answer is the largest
# element, not 0), zeroes, a best run at either end, and a dip worth crossing.
write([-1])
write([0])
write([-LIMIT])
write([LIMIT])
write([-3, -1, -2])
write([-5, -5, -5, -5])
write([0, 0, 0])
write([-1, 0, -2])
write([5, -1, -1, -1, -1])
write([-1, -1, -1, -1, 5])
write([6, -5, 6])
write([6, -7, 6])
write([2, -1, 2, -1, 2, -1, 2])
write(randoms(50, -LIMIT, -1))
write(randoms(200, -3, 3))
write(randoms(2000, -LIMIT, LIMIT // 2))
# Larger sizes (the first tests already hold one of n = 10^5): all negative, all at the upper
# bound (the whole array), and a long run of small losses between two large gains.
write(randoms(10**4, -LIMIT, -LIMIT // 2))
write([LIMIT] * 10**4)
write([LIMIT] * 10 + [-1] * 10**4 + [LIMIT] * 10)
