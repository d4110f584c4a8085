# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The two samples (the statement's examples) are written
# first; the package's first secret tests, written before this generator, are kept byte for
# byte in generators/original/ and copied under their own names; the new ones follow them,
# seeded, each answer from the reference solution below.
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

LOW, HIGH = -2**31, 2**31 - 1


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def write(nums, kind="secret"):
    moved = [x for x in nums if x != 0]
    write_json_test(kind, [nums], moved + [0] * (len(nums) - len(moved)))


def randoms(n, zero_share, low=-100, high=100):
    return [0 if rng.random() < zero_share else rng.choice([rng.randint(low, -1), rng.randint(1, high)])
            for _ in range(n)]


clear_data()
# The statement's examples.
write([4, 0, 0, -7, 2, 0, 9], "sample")
write([0, 0, 6, -1], "sample")
keep_original_tests()
rng = random.Random(28301)

# Edge cases: one value, no zeroes, only zeroes, zeroes at one end, the 32-bit bounds, and
# non-zero values that are out of order (sorting them is wrong).
write([5])
write([-1])
write([0, 0, 0])
write([1, 2, 3])
write([0, 0, 1])
write([1, 0, 0])
write([0, 1, 0, 1, 0])
write([LOW, 0, HIGH, 0, -1])
write([3, 0, -2, 0, 1])
write([0, 5, 4, 3, 2, 1])
write([1, -1, 0, 1, -1, 0, 1])
for n, share in ((10, 0.5), (50, 0.2), (100, 0.8), (1000, 0.5)):
    write(randoms(n, share))
write(randoms(2000, 0.3, LOW, HIGH))
# Maximum sizes: 10^4 values with many, few, no and only zeroes, and the zeroes all in front.
N = 10**4
write(randoms(N, 0.5, -10**9, 10**9))
write(randoms(N, 0.01))
write(randoms(N, 0.0))
write([0] * N)
write([0] * (N // 2) + [rng.randint(1, 9) for _ in range(N // 2)])
