# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below, checked against range() on the small tests.
import random


def tickets(start, stop, step):
    out, cur = [], start
    while (cur < stop) if step > 0 else (cur > stop):
        out.append(cur)
        cur += step
    return out


def solve(calls, start, stop, step):
    out, cur = [None], start
    for name in calls:
        if name == "next":
            out.append(cur)
            cur += step
        else:
            out.append(cur < stop if step > 0 else cur > stop)
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


def count(start, stop, step):
    """How many tickets there are, without listing them."""
    if step > 0:
        return max(0, (stop - start + step - 1) // step)
    return max(0, (start - stop + (-step) - 1) // (-step))


def write(kind, start, stop, step, calls=None, limit=30000):
    """One test; by default every ticket read (at most `limit` calls), with a hasNext before
    each next and at the end."""
    if calls is None:
        total = min(count(start, stop, step), (limit - 1) // 2)
        calls = ["hasNext", "next"] * total + ["hasNext"]
    test = {"calls": ["StrideIterator"] + calls, "args": [[start, stop, step]] + [[] for _ in calls]}
    write_test(kind, dump(test) + "\n", dump(solve(calls, start, stop, step)) + "\n")


def random_calls(n, limit=30000):
    calls = []
    for _ in range(n):
        calls += ["hasNext"] * rng.randint(0, 2) + ["next"]
        if len(calls) > limit - 3:
            break
    return calls + ["hasNext"]


clear_data()
rng = random.Random(18001)
B = 10**9

for _ in range(2000):
    a, b, s = rng.randint(-40, 40), rng.randint(-40, 40), rng.choice([i for i in range(-9, 10) if i])
    assert tickets(a, b, s) == list(range(a, b, s)) and count(a, b, s) == len(range(a, b, s))

write("sample", 4, 13, 3, ["next", "hasNext", "next", "next", "hasNext"])
write("sample", 5, -2, -2, ["hasNext", "next", "next", "hasNext", "next", "hasNext"])
write("sample", 6, 6, 1, ["hasNext"])
# Empty strides, in both directions.
write("secret", 6, 6, -1, ["hasNext"])
write("secret", 10, 3, 2, ["hasNext", "hasNext"])
write("secret", -3, 10, -2, ["hasNext"])
write("secret", B, -B, 1, ["hasNext"])
# One ticket; steps that do not divide the range; steps that do.
write("secret", 0, 1, 1)
write("secret", 0, -1, -1)
write("secret", 1, 100, 1000)
write("secret", 1, 10, 3)
write("secret", 1, 11, 3)
write("secret", 20, 0, -5)
write("secret", 20, 1, -5)
write("secret", -7, 7, 7)
# Overshooting 32 bits: the value after the last ticket is about +-2*10^9.
write("secret", B - 1, B, B, ["hasNext", "next", "hasNext", "hasNext"])
write("secret", -B + 1, -B, -B, ["hasNext", "next", "hasNext"])
write("secret", -B, B, B, ["next", "hasNext", "next", "hasNext", "hasNext"])
write("secret", B, -B, -B)
write("secret", 0, B, 999999999)
write("secret", -B, B, 2 * 10**5 + 3, limit=3000)
# Partial reads.
write("secret", 0, 100, 1, ["next"] * 10 + ["hasNext"])
write("secret", 100, 0, -1, ["hasNext"] * 5 + ["next"] * 3)
for _ in range(4):
    a, b = rng.randint(-1000, 1000), rng.randint(-1000, 1000)
    s = rng.randint(1, 50) * (1 if a < b else -1)
    write("secret", a, b, s, random_calls(count(a, b, s)))
# Maximum sizes: 3*10^4 calls.
write("secret", -B, B, 1, ["next"] * 30000)
write("secret", B, -B, -1, ["hasNext", "next"] * 15000)
write("secret", 0, 30000, 1, ["next"] * 29999 + ["hasNext"])
write("secret", -B, B, 66667, limit=5000)
write("secret", B, -B, -66667, random_calls(3000))
