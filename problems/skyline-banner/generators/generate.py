# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
import shutil
from pathlib import Path


def solve(h):
    best, stack = 0, []
    for j, x in enumerate(h + [0]):
        while stack and h[stack[-1]] >= x:
            t = stack.pop()
            left = stack[-1] if stack else -1
            best = max(best, h[t] * (j - left - 1))
        stack.append(j)
    return best


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


def write(kind, h):
    write_test(kind, f"{len(h)}\n{' '.join(map(str, h))}\n", f"{solve(h)}\n")


def heights(n, low=0, high=10**9):
    return [rng.randint(low, high) for _ in range(n)]


clear_data()
rng = random.Random(4001)
H, N = 10**9, 100000

write("sample", [3, 1, 6, 5, 2, 4])
write("sample", [4, 0, 4])
write("secret", [0])
write("secret", [H])
write("secret", [0, 0, 0])
write("secret", [3, 3, 3, 3])
write("secret", [1, 2, 3, 4, 5])
write("secret", [5, 4, 3, 2, 1])
write("secret", [2, 4, 2])
write("secret", [6, 2, 5, 4, 5, 1, 6])
write("secret", [1, 100, 1])
write("secret", [3, 1, 3, 1, 3, 1, 3])
write("secret", [0, H])
write("secret", [H, H - 1, H])
write("secret", heights(10, 0, 10))
write("secret", heights(300, 0, 50))
write("secret", heights(5000))
# Maximum sizes: 10^5 buildings, areas near 10^14.
write("secret", [H] * N)
write("secret", list(range(1, N + 1)))
write("secret", list(range(N, 0, -1)))
write("secret", heights(N))
write("secret", heights(20000, H - 1000, H))
write("secret", [H if i % 2 else 1 for i in range(N)])
write("secret", [min(i, N - 1 - i) for i in range(N)])
write("secret", [0 if i % 1000 == 999 else rng.randint(H // 2, H) for i in range(20000)])
write("secret", heights(N, 0, 3))
