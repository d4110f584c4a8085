# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random

MOD = 10**9 + 7


def solve(a):
    n, total, stack = len(a), 0, []
    for j in range(n + 1):
        x = a[j] if j < n else 0  # a sentinel smaller than every value pops everything
        while stack and x <= a[stack[-1]]:
            i = stack.pop()
            left = stack[-1] if stack else -1
            total += a[i] * (i - left) * (j - i)
        stack.append(j)
    return total % MOD


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


def write(kind, a):
    write_json_test(kind, [a], solve(a))


clear_data()
rng = random.Random(7201)
V, N = 10**9, 100000


def values(n, low=1, high=V):
    return [rng.randint(low, high) for _ in range(n)]


write("sample", [3, 1, 2, 4])
write("sample", [2, 2])
write("secret", [1])
write("secret", [V])
write("secret", [5, 5, 5])
write("secret", [1, 2, 3, 4, 5])
write("secret", [5, 4, 3, 2, 1])
write("secret", [2, 1, 2, 1, 2])
write("secret", [4, 7, 4, 7, 4])
write("secret", [11, 81, 94, 43, 3])
write("secret", [V, 1, V])
write("secret", values(10, 1, 5))
write("secret", values(100, 1, 3))
write("secret", values(1000))
write("secret", values(5000, 1, 100))
# Maximum sizes: all equal and huge (the modulo and the tie-break), rising, random, a valley,
# few distinct values; then large falling and near-equal arrays.
write("secret", [V] * N)
write("secret", list(range(1, N + 1)))
write("secret", list(range(V, V - 30000, -1)))
write("secret", values(N))
write("secret", [abs(i - N // 2) + 1 for i in range(N)])
write("secret", values(N, 1, 3))
write("secret", [V - (i % 2) for i in range(30000)])
write("secret", [V if i % 1000 else 1 for i in range(30000)])
write("secret", sorted(values(N, 1, 1000)))
write("secret", values(30000, V - 10, V))
