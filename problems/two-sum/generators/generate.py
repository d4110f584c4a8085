# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The package's first tests, written before this generator,
# are kept byte for byte in generators/original/ and copied under their own names; the new
# ones follow them, seeded, each answer from the reference solution below.
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


def solve(nums, target):
    where = {}
    for i, x in enumerate(nums):
        if target - x in where:
            return [where[target - x], i]
        where[x] = i


def write(nums, target):
    write_json_test("secret", [nums, target], solve(nums, target))


def one_pair(n, i, j, a, b, value):
    """n values with a at i and b at j; every other value comes from value() and is redrawn
    while it would complete another pair, so (i, j) is the only answer."""
    target = a + b
    nums, present = [None] * n, {a, b}
    nums[i], nums[j] = a, b
    for k in range(n):
        while nums[k] is None:
            v = value()
            if target - v not in present and 2 * v != target:
                nums[k] = v
                present.add(v)
    return nums, target


def randoms(n, low=-LIMIT, high=LIMIT):
    """A random test: the pair anywhere, the target within the limits."""
    i, j = rng.sample(range(n), 2)
    while True:
        a, b = rng.randint(low, high), rng.randint(low, high)
        if -LIMIT <= a + b <= LIMIT:
            break
    return one_pair(n, i, j, a, b, lambda: rng.randint(low, high))


clear_data()
keep_original_tests()
rng = random.Random(10101)

# Edge cases: the pair at both ends, negative values, a zero target, equal values (the
# element must not pair with itself), the value bounds, and a pair that is not adjacent.
write([0, 0], 0)
write([-1, -2, -3, -4, -5], -8)
write([-3, 4, 3, 90], 0)
write([1, 5, 5, 11], 10)
write([5, 1, 7, 2, 5], 10)
write([4, 1, 8, 3], 7)
write([LIMIT, -LIMIT], 0)
write([LIMIT, 3, -LIMIT + 1, 7], 1)
write([-LIMIT, 1, 2, LIMIT - 1, 5], -1)
write([500000000, 1, 500000000], LIMIT)
write(*one_pair(50, 0, 49, 17, -4, lambda: rng.randint(-1000, 1000)))
write(*one_pair(50, 24, 25, 0, 0, lambda: rng.randint(-1000, 1000)))
for n in (20, 100, 500, 2000):
    write(*randoms(n))
write(*randoms(1000, -50, 50))
# Maximum sizes: 10^4 values, the pair far apart (first and last), at the end, anywhere, and
# with small values, so that many others come close to completing it.
N = 10**4
write(*one_pair(N, 0, N - 1, 123456789, -987654321, lambda: rng.randint(-LIMIT, LIMIT)))
write(*one_pair(N, N - 2, N - 1, -LIMIT, LIMIT, lambda: rng.randint(-LIMIT, LIMIT)))
write(*randoms(N, -10**5, 10**5))
