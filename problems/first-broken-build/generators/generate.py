# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time. Each
# input is "n b"; each answer is b (the interactor judges, the answer file documents).
import random
import shutil
from pathlib import Path

counts = {"sample": 0, "secret": 0}


def write(kind, n, b):
    counts[kind] += 1
    path = Path("data") / kind / f"{counts[kind]:02d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(f"{n} {b}\n")
    path.with_suffix(".ans").write_text(f"{b}\n")


shutil.rmtree("data", ignore_errors=True)
rng = random.Random(3801)
N = 10**9

write("sample", 5, 4)
write("sample", 1, 1)
# Small n, every end.
for n, b in [(2, 1), (2, 2), (3, 1), (3, 2), (3, 3), (10, 1), (10, 10), (10, 7)]:
    write("secret", n, b)
# Just past powers of two, where a search needs its last question.
for n in [2**29 + 1, 2**29, 999999999]:
    write("secret", n, n)
    write("secret", n, 1)
# The largest n, b at the ends, in the middle and around 2^29.
for b in [1, 2, N - 1, N, N // 2, N // 2 + 1, 2**29, 2**29 + 1]:
    write("secret", N, b)
# Random.
for _ in range(4):
    n = rng.randint(1, N)
    write("secret", n, rng.randint(1, n))
write("secret", 50, rng.randint(32, 50))
