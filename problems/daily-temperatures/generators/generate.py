# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(temperatures):
    answer = [0] * len(temperatures)
    waiting = []
    for i, t in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer


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

rng = random.Random(1506)


def temps(n, low=30, high=100):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [70, 68, 72, 71, 69, 75])
write("sample", [50, 50, 49])
write("secret", [30])
write("secret", [100])
write("secret", [30, 100])
write("secret", [100, 30])
write("secret", [60, 60])
write("secret", [30, 40, 50, 60])
write("secret", [60, 50, 40, 30])
write("secret", [73, 74, 75, 71, 69, 72, 76, 73])
write("secret", [55, 55, 56, 55, 55, 57])
write("secret", [90, 30, 30, 30, 91])
write("secret", temps(10))
write("secret", temps(100, 60, 62))
write("secret", temps(1000))
write("secret", [30 + (i % 71) for i in range(500)])
# Maximum sizes: falling then one warm day at the end, a sawtooth, and random.
write("secret", [100 - (i * 70) // 100000 for i in range(99999)] + [100])
write("secret", [30 + (i % 71) for i in range(100000)])
write("secret", temps(100000))
# Large: rising, falling, flat, narrow bands.
write("secret", sorted(temps(10000)))
write("secret", sorted(temps(10000), reverse=True))
write("secret", [65] * 10000)
write("secret", [100 - (i % 71) for i in range(10000)])
write("secret", temps(10000, 99, 100))
write("secret", [99] * 9999 + [100])
write("secret", temps(10000, 30, 31))
