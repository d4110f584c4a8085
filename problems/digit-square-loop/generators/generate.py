# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def step(n):
    return sum(int(d) ** 2 for d in str(n))


def solve(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = step(n)
    return n == 1


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
rng = random.Random(9701)
TOP = 2**31 - 1

write("sample", 7)
write("sample", 4)
for n in [1, 2, 3, 10, 13, 19, 20, 44, 49, 97, 100, 130, 145, 999, 1111111, 10**9, 2 * 10**9,
          TOP, TOP - 1, 1234567890, 986543210]:
    write("secret", n)
happy = [n for n in (rng.randint(1, TOP) for _ in range(2000)) if solve(n)][:3]
for n in happy + [rng.randint(1, TOP) for _ in range(3)]:
    write("secret", n)
