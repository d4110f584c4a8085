# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import bisect
import random


def solve(v):
    tails = []
    for x in v:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


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


def write(kind, v):
    write_test(kind, f"{len(v)}\n{' '.join(map(str, v))}\n", f"{solve(v)}\n")


clear_data()
rng = random.Random(13701)
B = 10**9

write("sample", [5, 2, 8, 6, 3, 6, 9, 7])
write("sample", [4, 4, 4, 4, 4])
write("secret", [7])
write("secret", [-B])
write("secret", [1, 2])
write("secret", [2, 1])
write("secret", [1, 1, 2, 2, 3, 3])
write("secret", [-B, B])
write("secret", [B, -B, 0, B - 1, -B + 1])
write("secret", [3, 1, 2, 1, 2, 3, 0, 4])
write("secret", [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15])
write("secret", list(range(10, 0, -1)))
write("secret", [rng.randint(-5, 5) for _ in range(30)])
write("secret", [rng.randint(-B, B) for _ in range(300)])
write("secret", [rng.randint(0, 50) for _ in range(2000)])
write("secret", [i // 3 for i in range(3000)])
for _ in range(3):
    write("secret", [rng.randint(-100, 100) for _ in range(rng.randint(1, 60))])
# Maximum size (one test: it alone makes an O(n^2) solution time out), then large rising,
# falling, zig-zag and full-range cases that keep data/ small.
N = 10**5
write("secret", [i + rng.randint(-40, 40) for i in range(N)])
write("secret", list(range(-B, -B + 8000)))
write("secret", list(range(B, B - 8000, -1)))
write("secret", [(i % 2) * 1000 + i // 2 for i in range(8000)])
write("secret", [rng.randint(-B, B) for _ in range(8000)])
write("secret", [rng.randint(0, 100) for _ in range(10000)])
