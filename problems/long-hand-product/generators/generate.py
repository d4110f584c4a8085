# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(a, b):
    """Schoolbook multiplication: column sums, then one carry pass."""
    m, n = len(a), len(b)
    acc = [0] * (m + n)
    da = [int(c) for c in reversed(a)]
    db = [int(c) for c in reversed(b)]
    for i, x in enumerate(da):
        if x:
            for j, y in enumerate(db):
                acc[i + j] += x * y
    for p in range(m + n - 1):
        acc[p + 1] += acc[p] // 10
        acc[p] %= 10
    digits = "".join(map(str, reversed(acc))).lstrip("0")
    return digits or "0"


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
    answer = solve(a, b)
    # Cross-check with Python's own big integers (the inputs stay below its 4300-digit limit).
    assert answer == str(int(a) * int(b)), (a, b)
    write_json_test(kind, [a, b], answer)


def number(n, digits="0123456789"):
    """A random n-digit number; only its first digit must not be 0 (unless n == 1)."""
    if n == 1:
        return rng.choice(digits)
    lead = [d for d in digits if d != "0"] or ["1"]
    return rng.choice(lead) + "".join(rng.choice(digits) for _ in range(n - 1))


clear_data()
rng = random.Random(18801)
L = 2000

write("sample", "123", "456")
write("sample", "99", "99")
write("sample", "0", "98765")
write("secret", "0", "0")
write("secret", "1", "0")
write("secret", "1", "1")
write("secret", "9", "9")
write("secret", "7", "8")
write("secret", "12", "0")
write("secret", "1" + "0" * 30, "1" + "0" * 25)
write("secret", "9" * 19, "9" * 19)  # beyond 64 bits
write("secret", "4294967296", "4294967296")  # 2^64
write("secret", "123456789", "987654321")
write("secret", number(50), number(3))
write("secret", number(1), number(300))
write("secret", number(500), number(500))
write("secret", "5" * 200 + "0" * 200, "2" * 150 + "0" * 50)
# Maximum sizes: all nines (the longest product, carries everywhere), a zero, random digits.
write("secret", "9" * L, "9" * L)
write("secret", "0", number(L))
write("secret", number(L), "0")
write("secret", number(L), number(L))
write("secret", number(L), number(L))
write("secret", number(L), "1")
write("secret", "1" + "0" * (L - 1), number(L))
write("secret", number(L), number(L - 1))
write("secret", number(L, "5789"), number(L, "0123"))
write("secret", number(L), number(17))
