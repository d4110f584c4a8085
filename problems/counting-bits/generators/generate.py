# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(n):
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits


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

rng = random.Random(1503)
write("sample", 3)
write("sample", 6)
for n in (0, 1, 2, 4, 5, 7, 8, 15, 16, 31, 32, 63, 64, 100, 127, 128, 255, 256, 1000, 1023, 1024):
    write("secret", n)
for _ in range(4):
    write("secret", rng.randint(2, 5000))
write("secret", 4095)
write("secret", 65536)
write("secret", 4096)
write("secret", 100000)
