# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(a, b):
    out, carry = [], 0
    for i in range(max(len(a), len(b))):
        s = (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) + carry
        out.append(s % 10)
        carry = s // 10
    if carry:
        out.append(carry)
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


def write(kind, a, b):
    write_json_test(kind, [a, b], solve(a, b))


clear_data()
rng = random.Random(8201)


def number(n, digits="0123456789"):
    """n random digits, ones first, the last (leading) one not zero unless n == 1."""
    if n == 1:
        return [int(rng.choice(digits))]
    body = [int(rng.choice(digits)) for _ in range(n - 1)]
    lead = [int(d) for d in digits if d != "0"] or [1]
    return body + [rng.choice(lead)]


write("sample", [2, 4, 3], [5, 6, 4])
write("sample", [9, 9, 9], [1])
write("sample", [0], [0])
write("secret", [0], [7])
write("secret", [5], [5])
write("secret", [9], [9])
write("secret", [1], [9, 9, 9, 9, 9])
write("secret", [9, 9, 9, 9, 9], [1])
write("secret", [1, 2, 3], [0])
write("secret", [4, 5], [5, 4])
write("secret", [9, 9, 1], [1])
write("secret", [5, 0, 0, 5], [5, 9, 9, 4])
write("secret", number(10), number(3))
write("secret", number(18), number(18))
write("secret", number(20), number(20))
write("secret", number(100, "89"), number(100, "12"))
write("secret", number(1000), number(999))
# Maximum sizes: carries running through every digit, lengths far apart, random digits.
N = 5000
write("secret", [9] * N, [1])
write("secret", [1], [9] * N)
write("secret", [9] * N, [9] * N)
write("secret", [0] * (N - 1) + [1], [0] * (N - 1) + [9])
write("secret", number(N), number(N))
write("secret", number(N), number(1))
write("secret", number(N, "9"), number(N - 1, "0"))
write("secret", [5] * N, [5] * N)
write("secret", number(N, "0123"), number(N, "0123"))
