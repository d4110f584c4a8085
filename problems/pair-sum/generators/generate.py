# Writes data/secret/edge/ (run from the package folder: python3 generators/generate.py).
# The first tests (data/sample, data/secret/1 and 2, the largest) were written by hand before
# this generator and are left as they are; these follow them, seeded. Any right pair is
# accepted (output_validators/pair_checker); each answer file holds the reference's pair.
import random
import shutil
from pathlib import Path

LIMIT = 10**9
FOLDER = Path("data/secret/edge")
count = 0


def solve(t, values):
    seen = {}
    for j, x in enumerate(values, start=1):
        if t - x in seen:
            return seen[t - x], j
        seen.setdefault(x, j)


def write(t, values):
    global count
    count += 1
    i, j = solve(t, values)
    path = FOLDER / f"{count:02d}"
    path.with_suffix(".in").write_text(f"{len(values)} {t}\n{' '.join(map(str, values))}\n")
    path.with_suffix(".ans").write_text(f"{i} {j}\n")


def with_pair(n, t, low, high, avoid=True):
    """n values in low..high holding one pair for t at random positions; with `avoid`, no
    other value completes a pair (so only that pair is right)."""
    i, j = rng.sample(range(n), 2)
    a = rng.randint(max(low, t - high), min(high, t - low))
    values, present = [None] * n, {a, t - a}
    values[i], values[j] = a, t - a
    for k in range(n):
        while values[k] is None:
            v = rng.randint(low, high)
            if not avoid or (t - v not in present and 2 * v != t):
                values[k] = v
                present.add(v)
    return values


shutil.rmtree(FOLDER, ignore_errors=True)
FOLDER.mkdir(parents=True)
rng = random.Random(4401)

# Edge cases: two numbers, the bounds (t = ±2·10^9), half the target present once beside the
# real pair (a position must not be used twice), zeroes and negatives, a pair at the very end.
write(0, [0, 0])
write(2 * LIMIT, [LIMIT, LIMIT])
write(-2 * LIMIT, [-LIMIT, 5, -LIMIT])
write(0, [LIMIT, -LIMIT])
write(10, [5, 1, 2, 9])
write(10, [5, 3, 7])
write(-6, [-3, 1, -7, 1])
write(4, [2, 2, 2, 2])
write(1, [7, 8, 9, 0, 1])
write(0, [3, -1, 4, 1, -5, 9])
write(100, [1] * 20 + [99])
write(7, [rng.randint(-3, 10) for _ in range(30)] + [3, 4])
write(5, with_pair(100, 5, -100, 100))
write(-17, with_pair(1000, -17, -LIMIT, LIMIT))
write(0, with_pair(500, 0, -1000, 1000))
write(2 * LIMIT - 1, with_pair(2000, 2 * LIMIT - 1, -LIMIT, LIMIT))
# Many right pairs: the checker must accept whichever one is printed.
write(10, [rng.randint(0, 10) for _ in range(3000)])
write(1234, with_pair(5000, 1234, 0, 10**5))
write(-LIMIT, with_pair(10**4, -LIMIT, -LIMIT, 0))
write(0, with_pair(10**4, 0, -10**4, 10**4, avoid=False))
write(99999, with_pair(10**4, 99999, 0, 99999))
