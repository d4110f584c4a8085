# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(n):
    return int(format(n, "032b")[::-1], 2)


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


def write(kind, n):
    write_json_test(kind, [n], solve(n))


clear_data()
rng = random.Random(12801)
TOP = 2**32 - 1

write("sample", 6)
write("sample", 4294967294)
write("sample", 0)
for n in [1, 2, 3, 5, TOP, 2**31, 2**31 - 1, 2**16, 2**16 - 1, 0xAAAAAAAA, 0x55555555,
          0x0000FFFF, 0xFFFF0000, 0x80000001, 0x12345678, 43261596, 1000000000]:
    write("secret", n)
for _ in range(8):
    write("secret", rng.randint(0, TOP))
write("secret", rng.randint(0, 255))
write("secret", rng.randint(2**31, TOP))
