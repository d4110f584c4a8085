# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the stack reference below (checked against brute force on small tests).
import itertools
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


def smallest(digits, k):
    stack = []
    for d in digits:
        while k and stack and stack[-1] > d:
            stack.pop()
            k -= 1
        stack.append(d)
    if k:
        del stack[-k:]
    return "".join(stack).lstrip("0") or "0"


def brute(digits, k):
    keep = len(digits) - k
    return min((int("".join(c)) if c else 0 for c in itertools.combinations(digits, keep)))


def write(kind, digits, k):
    answer = smallest(digits, k)
    if len(digits) <= 12:
        assert int(answer) == brute(digits, k), (digits, k)
    write_json_test(kind, [digits, k], answer)


def number(n, alphabet="0123456789"):
    return rng.choice("123456789") + "".join(rng.choice(alphabet) for _ in range(n - 1))


clear_data()
rng = random.Random(11301)
write("sample", "4391205", 3)
write("sample", "30200", 1)
write("secret", "77", 2)
write("secret", "0", 1)
write("secret", "9", 1)
write("secret", "10", 1)
write("secret", "10", 2)
write("secret", "12345", 2)
write("secret", "54321", 2)
write("secret", "100200", 1)
write("secret", "112", 1)
write("secret", "1111", 2)
write("secret", "9000000001", 1)
write("secret", "1000000009", 1)
write("secret", "7654321089", 5)
for n in [8, 11, 12]:
    for _ in range(2):
        write("secret", number(n), rng.randint(1, n))
write("secret", number(1000), 500)
write("secret", number(5000, "019"), 2500)
# Largest: random digits with a middle k, non-decreasing digits (every erasure from the
# tail), a falling sawtooth, and k = n - 1.
N = 10**5
write("secret", number(N), N // 3)
write("secret", "".join(sorted(number(N, "123456789"))), 1000)
write("secret", ("9876543210" * (N // 10))[:N], N // 2)
write("secret", number(N, "05"), N - 1)
