# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below (a sorted list: slow, but obviously right).
import json
import random
import shutil
from bisect import insort
from pathlib import Path

LOW, HIGH = -2**31, 2**31 - 1


def solve(calls, args):
    values, out = [], [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "add":
            insort(values, a[0])
            out.append(None)
        else:
            n = len(values)
            middle = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
            out.append(float(middle))
    return out


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


def write(kind, ops):
    """One test: the constructor, then `ops`: an int adds it, None asks for the median."""
    calls = ["RunningMedian"] + ["median" if v is None else "add" for v in ops]
    args = [[]] + [[] if v is None else [v] for v in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


def stream(values, ask=1.0):
    """Adds each value, asking for the median after it with probability `ask`."""
    ops = []
    for v in values:
        ops.append(v)
        if rng.random() < ask:
            ops.append(None)
    return ops


def randoms(n, low=LOW, high=HIGH):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(3901)

write("sample", [6, None, -2, None, 9, None])
write("sample", [HIGH, HIGH - 1, None, -5, -5, None])
write("secret", [0, None])
write("secret", [LOW, None])
write("secret", [HIGH, None, HIGH, None])
write("secret", [LOW, LOW, None, LOW, None])
write("secret", [LOW, HIGH, None])
write("secret", [-3, None, -4, None])
write("secret", [1, 2, None, 3, None, 4, None, 5, None])
write("secret", [5, 4, 3, 2, 1, None])
write("secret", [7, 7, 7, None, 7, None])
write("secret", [-1, -2, None])
write("secret", [1, 2, 3, None, None, None])
write("secret", stream([HIGH - i for i in range(20)]))
write("secret", stream([LOW + i for i in range(20)]))
write("secret", stream(randoms(100, -10, 10)))
write("secret", stream(randoms(1000)))
write("secret", stream(randoms(2000, -3, 3), ask=0.5))
# Maximum sizes: 2*10^4 calls.
write("secret", stream(randoms(10000)))
write("secret", stream(list(range(10000)), ask=1.0))
write("secret", stream(list(range(0, -10000, -1)), ask=1.0))
write("secret", stream([HIGH if i % 2 else HIGH - 1 for i in range(10000)]))
zigzag = [v for i in range(9999) for v in (LOW + i, HIGH - i)]
write("secret", stream(zigzag, ask=0.0) + [None])
write("secret", stream(randoms(16000, -1000, 1000), ask=0.25))
write("secret", stream(randoms(18000), ask=0.1))
