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


clear_data()
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
