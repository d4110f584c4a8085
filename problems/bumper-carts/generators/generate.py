# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the stack reference below.
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


def survivors(carts):
    stack = []
    for c in carts:
        alive = True
        while alive and c < 0 and stack and stack[-1] > 0:
            if stack[-1] < -c:
                stack.pop()
                continue
            if stack[-1] == -c:
                stack.pop()
            alive = False
        if alive:
            stack.append(c)
    return stack


def write(kind, carts):
    write_json_test(kind, [carts], survivors(carts))


def cart(low=1, high=1000):
    return rng.randint(low, high) * rng.choice([1, -1])


clear_data()
rng = random.Random(11201)
write("sample", [4, 9, -6])
write("sample", [3, 5, -5, -2, -7])
for carts in [[-1, 2], [1], [-1000], [5, -5], [1000, -1000, 7], [-3, -4, 5, 6], [2, -1],
              [1, -2], [1, 1, 1, -3], [1, 1, 1, -1], [6, 2, -2, -6], [10, 2, -5], [-2, -1, 1, 2]]:
    write("secret", carts)
for n in [10, 100, 1000]:
    write("secret", [cart() for _ in range(n)])
    write("secret", [cart(1, 3) for _ in range(n)])
# Largest: random; every cart right then one huge left-mover; pairs that cancel; and a
# sawtooth where each left-mover removes a long run.
N = 2 * 10**4
write("secret", [cart() for _ in range(N)])
write("secret", [rng.randint(1, 999) for _ in range(N - 1)] + [-1000])
write("secret", [7, -7] * (N // 2))
write("secret", sum(([i % 999 + 1 for i in range(99)] + [-1000] for _ in range(N // 100)), []))
