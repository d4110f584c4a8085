# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (one table up to the largest n).
import json
import random
import shutil
from pathlib import Path

MOD = 10**9 + 7
LIMIT = 10**6
WAYS = [1, 1, 2]
for i in range(3, LIMIT + 1):
    WAYS.append((WAYS[-1] + WAYS[-2] + WAYS[-3]) % MOD)


def solve(n):
    return WAYS[n]


def dump(v):
    return json.dumps(v, separators=(",", ":"))


counts = {"sample": 0, "secret": 0}


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    counts[kind] += 1
    path = Path("data") / kind / f"{counts[kind]:02d}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(dump(list(args)) + "\n")
    path.with_suffix(".ans").write_text(dump(solve(*args)) + "\n")


shutil.rmtree("data", ignore_errors=True)
rng = random.Random(6001)

write("sample", 3)
write("sample", 5)
write("sample", 1)
for n in (2, 4, 6, 10, 20, 35, 36, 37, 38, 50, 100, 1000):
    write("secret", n)
for n in sorted(rng.sample(range(1001, LIMIT), 6)):
    write("secret", n)
# Maximum sizes (the whole run's time budget is shared by all tests).
for n in (LIMIT - 2, LIMIT - 1, LIMIT, LIMIT // 2):
    write("secret", n)
