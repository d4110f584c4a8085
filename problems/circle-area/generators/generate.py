# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The package's first tests, written before this generator,
# are kept byte for byte in generators/original/ and copied under their own names; the new
# ones follow them, seeded, each answer from the reference solution below.
import math
import random

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


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def write(r):
    """r as the input's text; the answer with 10 decimals, as the first tests have it."""
    write_test("secret", r + "\n", f"{math.pi * float(r) ** 2:.10f}\n")


def random_radius(high, places):
    return f"{rng.uniform(0, high):.{places}f}"


clear_data()
keep_original_tests()
rng = random.Random(31401)

# Edge cases: integers without a point, the smallest radii (where only a relative or absolute
# error can tell answers apart), 1 and the upper bound written differently, and six decimals.
for r in ("0", "1", "2", "3", "10000", "0.000001", "0.5", "1.5", "0.1", "9999.999999",
          "7.000000", "100", "31.415926", "0.017"):
    write(r)
for high, places in ((1, 6), (10, 3), (100, 2), (1000, 4), (10**4, 6), (10**4, 1)):
    write(random_radius(high, places))
# Large radii, where a fixed number of decimals is no longer what matters: the relative error is.
write(random_radius(10**4, 6))
write(str(rng.randint(5000, 10**4)))
