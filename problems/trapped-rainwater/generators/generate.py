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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


def values(n, low=0, high=1000000):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
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
