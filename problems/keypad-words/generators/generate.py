# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import itertools
import random

KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv",
        "9": "wxyz"}


def solve(code):
    if not code:
        return []
    return ["".join(p) for p in itertools.product(*(KEYS[d] for d in code))]


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


def write(kind, code):
    write_json_test(kind, [code], solve(code))


clear_data()
rng = random.Random(13401)

write("sample", "27")
write("sample", "9")
write("sample", "")
for code in ["2", "7", "23", "22", "99", "79", "234", "777", "2345", "5678", "97979",
             "222222", "2222222", "6666666"]:
    write("secret", code)
for length in (3, 4, 5, 6):
    write("secret", "".join(rng.choice("23456789") for _ in range(length)))
# Maximum sizes: seven digits, with the four-letter keys (16384 words) and mixed.
write("secret", "7979797")
write("secret", "9999999")
write("secret", "".join(rng.choice("23456789") for _ in range(7)))
write("secret", "".join(rng.choice("79") for _ in range(7)))
