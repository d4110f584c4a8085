# Writes data/secret/edge/ (run from the package folder: python3 generators/generate.py).
# The first tests (data/sample with its .interaction transcripts, data/secret/1..8) were written
# by hand before this generator and are left as they are; these follow them, seeded. Each
# test's input and answer are the hidden number.
import random
import shutil
from pathlib import Path

LOW, HIGH = 1, 10**9
FOLDER = Path("data/secret/edge")


def guesses(x):
    """How many guesses the usual midpoint search, (low + high) // 2, needs for x."""
    low, high, n = LOW, HIGH, 0
    while True:
        n += 1
        mid = (low + high) // 2
        if mid == x:
            return n
        low, high = (mid + 1, high) if mid < x else (low, mid - 1)


shutil.rmtree(FOLDER, ignore_errors=True)
FOLDER.mkdir(parents=True)
rng = random.Random(30001)
# The neighbours of the bounds and of the first midpoint (an off-by-one in the search lands
# there), powers of two and ten, numbers the midpoint search finds only at its 30th guess
# (the budget, no guess to spare), and random ones.
hidden = [3, HIGH - 2, HIGH // 2 + 1, HIGH // 2 - 1, HIGH // 4, 2**29 - 1, 10**8, 999_999_990]
slowest = [x for x in (rng.randint(LOW, HIGH) for _ in range(20000)) if guesses(x) == 30]
hidden += slowest[:5]
hidden += [rng.randint(LOW, HIGH) for _ in range(4)]
for i, x in enumerate(hidden, start=1):
    path = FOLDER / f"{i:02d}"
    path.with_suffix(".in").write_text(f"{x}\n")
    path.with_suffix(".ans").write_text(f"{x}\n")
