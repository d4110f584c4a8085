# Writes data/secret/edge/ (run from the package folder: python3 generators/generate.py).
# The first tests (data/sample, data/secret/small, data/secret/large) were written by hand
# before this generator and are left as they are; these follow them, seeded, each answer the
# exact mean (a fraction) rounded once to the nearest double.
import random
import shutil
from fractions import Fraction
from pathlib import Path

LIMIT = 10**9
FOLDER = Path("data/secret/edge")
count = 0


def write(values):
    global count
    count += 1
    path = FOLDER / f"{count:02d}"
    path.with_suffix(".in").write_text(f"{len(values)}\n{' '.join(map(str, values))}\n")
    path.with_suffix(".ans").write_text(f"{float(Fraction(sum(values), len(values)))!r}\n")


shutil.rmtree(FOLDER, ignore_errors=True)
FOLDER.mkdir(parents=True)
rng = random.Random(7001)

# One number (zero, the bounds), means that are not integers (negative ones too: integer
# division rounds them the wrong way in some languages), repeating fractions, and sums past
# 32 bits.
write([0])
write([LIMIT])
write([-LIMIT])
write([-3, -4])
write([-1, 0])
write([1, 2])
write([1, 1, 2])
write([-1, -1, -2])
write([LIMIT, -LIMIT])
write([LIMIT, LIMIT, LIMIT - 1])
write([-LIMIT, -LIMIT + 1])
write([7] * 10)
write([0, 0, 0, 1])
write([1, 2, 3, 4, 5, 6, 7])
write([rng.randint(-10, 10) for _ in range(100)])
write([rng.randint(-LIMIT, LIMIT) for _ in range(1000)])
# Sums beyond 32 bits: 5000 values of 10^9 (5·10^12), and of -10^9.
write([LIMIT] * 5000)
write([-LIMIT] * 5000)
write([rng.choice([LIMIT, LIMIT - 1]) for _ in range(3000)])
write([rng.randint(0, 9) for _ in range(20000)])
