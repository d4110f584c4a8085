# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(tags):
    # Pairs x < y of prefix indices with equal prefix XOR; each gives y - x - 1 cuts.
    count, index_sum = {0: 1}, {0: 0}
    prefix = total = 0
    for y in range(1, len(tags) + 1):
        prefix ^= tags[y - 1]
        c, s = count.get(prefix, 0), index_sum.get(prefix, 0)
        total += c * (y - 1) - s
        count[prefix] = c + 1
        index_sum[prefix] = s + y
    return total


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


def write(kind, tags):
    write_json_test(kind, [tags], solve(tags))


clear_data()
rng = random.Random(19001)
TOP = 2**30 - 1


def planted(n, low, high, resets):
    """Random tags, where about `resets` of them bring the prefix XOR back to an earlier one."""
    tags, prefixes, p = [], [0], 0
    for _ in range(n):
        if rng.random() < resets / n:
            t = p ^ rng.choice(prefixes)
        else:
            t = rng.randint(low, high)
        tags.append(t)
        p ^= t
        prefixes.append(p)
    return tags


write("sample", [6, 3, 5, 5])
write("sample", [7, 7, 7])
write("sample", [9])
write("secret", [0])
write("secret", [TOP])
write("secret", [0, 0])
write("secret", [0, 0, 0])
write("secret", [TOP, TOP])
write("secret", [1, 2, 3])
write("secret", [1, 2, 4, 8, 16, 32])
write("secret", [4, 1, 5, 4, 1, 5])
write("secret", [2, 6, 4, 8, 8])
write("secret", [5] * 9)
write("secret", [TOP, 0, TOP, 0, TOP])
write("secret", [1 << b for b in range(30)])
write("secret", [rng.randint(0, 3) for _ in range(12)])
write("secret", [rng.randint(0, 7) for _ in range(40)])
write("secret", [rng.randint(0, TOP) for _ in range(50)])
write("secret", planted(300, 0, TOP, 30))
write("secret", [rng.randint(0, 1) for _ in range(1000)])
write("secret", planted(5000, 1, 1000, 200))
# Large: big tags with planted zero-XOR stretches, and long runs of small tags.
write("secret", planted(50000, 0, TOP, 2000))
write("secret", [rng.randint(0, 15) for _ in range(100000)])
write("secret", [rng.choice([0, 0, 0, 1, 2]) for _ in range(100000)])
# Maximum size, 2 · 10^5 segments: all zeros (the largest possible answer,
# C(n + 1, 3) ≈ 1.3 · 10^15), one repeated tag, random tiny tags.
N = 200000
write("secret", [0] * N)
write("secret", [7] * N)
write("secret", [rng.randint(0, 1) for _ in range(N)])
write("secret", [rng.randint(0, 3) for _ in range(N)])
