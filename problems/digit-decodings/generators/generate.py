# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random

MOD = 10**9 + 7


def solve(digits):
    before, last = 0, 1  # ways[i-2], ways[i-1]; ways[-1] is irrelevant (never used)
    for i, d in enumerate(digits):
        now = last if d != "0" else 0
        if i and "10" <= digits[i - 1:i + 1] <= "26":
            now += before
        before, last = last, now % MOD
    return last


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


def write(kind, digits):
    write_json_test(kind, [digits], solve(digits))


clear_data()
rng = random.Random(6901)


def message(n):
    """The encoding of a random message, cut to n digits (always has a reading)."""
    out = []
    while len(out) < n:
        out.append(str(rng.randint(1, 26)))
    return "".join(out)[:n].rstrip("0") or "1"


write("sample", "126")
write("sample", "2101")
write("sample", "0")
write("secret", "130")
write("secret", "1")
write("secret", "10")
write("secret", "27")
write("secret", "26")
write("secret", "06")
write("secret", "100")
write("secret", "1201234")
write("secret", "2611055971756562")
write("secret", "9" * 50)
write("secret", "1" * 90)
write("secret", "2" * 45 + "6" * 45)
write("secret", "".join(rng.choice("0123456789") for _ in range(30)))
write("secret", message(40))
write("secret", message(1000))
# Maximum sizes: Fibonacci-many readings (the modulo matters), zeros everywhere, one bad zero
# at the very end.
write("secret", "1" * 100000)
write("secret", "12" * 50000)
write("secret", message(100000))
write("secret", "10" * 50000)
write("secret", "1" * 99999 + "0")
write("secret", "1" * 99998 + "00")
write("secret", "".join(rng.choice("1267") for _ in range(100000)))
write("secret", "".join(rng.choice(["3", "9", "10", "20"]) if rng.random() < 0.05 else rng.choice("12")
                        for _ in range(95000)))
write("secret", "2" + "6" * 99999)
