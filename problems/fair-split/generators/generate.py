# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer (one fair split, or NO) comes from the reference solution below; the checker accepts
# any fair split.
import random


def solve(v):
    total = sum(v)
    if total % 2:
        return None
    half = total // 2
    first = [-1] * (half + 1)  # first[s]: the item whose addition first reached sum s
    first[0] = len(v)
    reach = 1
    for i, x in enumerate(v):
        new = (reach << x) & ~reach & ((1 << (half + 1)) - 1)
        while new:
            low = new & -new
            first[low.bit_length() - 1] = i
            new ^= low
        reach |= (reach << x) & ((1 << (half + 1)) - 1)
    if first[half] < 0:
        return None
    group, s = [], half
    while s:
        i = first[s]
        group.append(i + 1)
        s -= v[i]
    return sorted(group)


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


def write(kind, v):
    group = solve(v)
    answer = "NO\n" if group is None else f"{len(group)}\n{' '.join(map(str, group))}\n"
    write_test(kind, f"{len(v)}\n{' '.join(map(str, v))}\n", answer)


clear_data()
rng = random.Random(8701)


def items(n, low=1, high=500):
    return [rng.randint(low, high) for _ in range(n)]


def fair(n, low=1, high=500):
    """Items that certainly split fairly: a random half, and the other half built to match."""
    while True:
        a = items(n // 2, low, high)
        b = items(n - n // 2 - 1, low, high)
        gap = sum(a) - sum(b)
        if low <= gap <= high:
            v = a + b + [gap]
            rng.shuffle(v)
            return v


write("sample", [3, 1, 4, 2, 2])
write("sample", [1, 2, 4])
write("secret", [7])
write("secret", [5, 5])
write("secret", [5, 3])
write("secret", [1, 1, 1, 1])
write("secret", [2, 2, 2])
write("secret", [1, 5, 11, 5])
write("secret", [1, 2, 3, 5])
write("secret", [500, 500, 500, 300, 200, 500])
write("secret", [100, 100, 100, 100, 100, 499, 1])
write("secret", [3, 3, 3, 4, 5])
write("secret", items(10, 1, 20))
write("secret", fair(30))
write("secret", items(31, 1, 500))
# Maximum sizes (200 items, totals near 10^5): fair by construction, even totals with no fair
# split (all items even but one odd pair), random, huge items with one small one.
write("secret", fair(200))
write("secret", fair(200, 400, 500))
write("secret", items(200))
write("secret", [2 * rng.randint(1, 250) for _ in range(198)] + [1, 3])
write("secret", [500] * 199 + [1])
write("secret", [500] * 200)
write("secret", [499] * 100 + [500] * 99 + [1])
write("secret", [6 * rng.randint(1, 83) for _ in range(199)] + [2])
write("secret", fair(200, 1, 3))
write("secret", [1] * 200)
write("secret", [4] * 199 + [2])
write("secret", fair(199, 250, 500))
