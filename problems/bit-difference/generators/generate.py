# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path


def solve(x, y):
    return bin((x ^ y) & 0xFFFFFFFF).count("1")


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
rng = random.Random(5601)
LOW, HIGH = -2**31, 2**31 - 1

write("sample", 12, 10)
write("sample", 0, -1)
write("sample", LOW, HIGH)
write("secret", 0, 0)
write("secret", 7, 7)
write("secret", -7, -7)
write("secret", 0, 1)
write("secret", 1, 2)
write("secret", 0, HIGH)
write("secret", 0, LOW)
write("secret", -1, LOW)
write("secret", -1, HIGH)
write("secret", HIGH, HIGH - 1)
write("secret", LOW, LOW + 1)
write("secret", -2, 2)
write("secret", -1, 1)
write("secret", 255, -256)
write("secret", 0x55555555, -0x55555556)
write("secret", 1 << 30, -(1 << 30))
for _ in range(4):
    write("secret", rng.randint(LOW, HIGH), rng.randint(LOW, HIGH))
write("secret", rng.randint(0, HIGH), rng.randint(LOW, -1))
write("secret", rng.randint(LOW, -1), rng.randint(LOW, -1))
