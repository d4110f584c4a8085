# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from itertools import accumulate
from pathlib import Path


def solve(heights):
    left = list(accumulate(heights, max))
    right = list(accumulate(reversed(heights), max))[::-1]
    return sum(min(l, r) - h for l, r, h in zip(left, right, heights))


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


def values(n, low=0, high=1000000):
    return [rng.randint(low, high) for _ in range(n)]


shutil.rmtree("data", ignore_errors=True)
rng = random.Random(3601)
H = 1000000
N = 20000

write("sample", [3, 0, 1, 0, 4, 1, 2])
write("sample", [1, 2, 3, 2, 1])
write("sample", [5, 0, 5])
write("secret", [0])
write("secret", [H])
write("secret", [4, 2])
write("secret", [0, 0, 0])
write("secret", [2, 0, 2, 0, 2])
write("secret", [0, 3, 0])
write("secret", [5, 4, 3, 2, 1])
write("secret", [1, 2, 3, 4, 5])
write("secret", [4, 1, 3, 1, 5])
write("secret", [5, 1, 3, 1, 4])
write("secret", [2, 0, 4, 0, 1, 0, 3])
write("secret", [3, 3, 3, 3])
write("secret", [0, 7, 1, 4, 6, 0, 2, 0, 7, 0])
write("secret", values(50, 0, 10))
write("secret", values(500))
# Maximum sizes: the total passes 2^31 - 1 when the walls stand at both ends.
write("secret", [H] + [0] * (N - 2) + [H])
write("secret", [H] + [0] * (N - 2) + [H - 1])
write("secret", [H] + values(N - 2, 0, 10) + [H])
write("secret", values(N))
write("secret", list(range(N // 2)) + list(range(N // 2, 0, -1)))
write("secret", list(range(N // 2, 0, -1)) + list(range(N // 2)))
write("secret", [H if i % 1000 == 0 else rng.randint(0, H // 2) for i in range(N)])
write("secret", [(i * 7919) % (H + 1) for i in range(N)])
