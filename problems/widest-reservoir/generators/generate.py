# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the two-pointer reference below (checked by brute force on small tests).
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

V = 10**9


def best(h):
    i, j, out = 0, len(h) - 1, 0
    while i < j:
        out = max(out, (j - i) * min(h[i], h[j]))
        if h[i] <= h[j]:
            i += 1
        else:
            j -= 1
    return out


def write(kind, h):
    answer = best(h)
    if len(h) <= 300:
        assert answer == max((j - i) * min(h[i], h[j]) for i in range(len(h)) for j in range(i + 1, len(h)))
    write_test(kind, f"{len(h)}\n{' '.join(map(str, h))}\n", f"{answer}\n")


clear_data()
rng = random.Random(12601)
write("sample", [2, 7, 3, 8, 1, 6, 4])
write("sample", [5, 0])
for h in [[0, 0], [1, 1], [V, V], [0, V], [3, 1, 3], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1],
          [1, 100, 100, 1], [4, 4, 4, 4], [1, 8, 6, 2, 5, 4, 8, 3, 7], [2, 0, 0, 0, 0, 0, 2],
          [9, 1, 1, 1, 1, 1, 1, 1, 1, 10], [0, 7, 0, 0, 7, 0]]:
    write("secret", h)
for n, top in [(10, 10), (100, 1000), (300, V), (1000, V), (5000, 100)]:
    write("secret", [rng.randint(0, top) for _ in range(n)])
# Largest (small heights keep the files small, except where the volume must pass 2^31):
# tall ends around a low middle, random digits, two tall neighbours in the middle; then a
# peak and a staircase.
N = 10**5
write("secret", [V] + [rng.randint(0, 9) for _ in range(N - 2)] + [V - 1])
write("secret", [rng.randint(0, 9) for _ in range(N)])
write("secret", [rng.randint(0, 9) for _ in range(N // 2)] + [V, V] + [rng.randint(0, 9) for _ in range(N // 2 - 2)])
write("secret", [min(i, 19999 - i) for i in range(20000)])
write("secret", [i // 200 for i in range(20000)])
