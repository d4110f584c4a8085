# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference below (sort the stalls, then a two-pointer window).
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


def solve(positions, flavours, k):
    stalls = sorted(zip(positions, flavours))
    count, have, left, best = [0] * k, 0, 0, None
    for pos, flavour in stalls:
        if count[flavour] == 0:
            have += 1
        count[flavour] += 1
        while have == k:
            start, gone = stalls[left]
            if best is None or pos - start < best[1] - best[0]:
                best = [start, pos]
            count[gone] -= 1
            if count[gone] == 0:
                have -= 1
            left += 1
    return best


def write(kind, stalls, k):
    positions = [p for p, _ in stalls]
    flavours = [f for _, f in stalls]
    write_json_test(kind, [positions, flavours, k], solve(positions, flavours, k))


def scatter(n, k, high):
    """n stalls at random positions in 0..high; every flavour at least once."""
    kinds = list(range(k)) + [rng.randrange(k) for _ in range(n - k)]
    rng.shuffle(kinds)
    return [(rng.randint(0, high), f) for f in kinds]


clear_data()
rng = random.Random(16901)
BIG = 10**9

write("sample", [(2, 0), (9, 1), (5, 2), (13, 0), (11, 2), (1, 1)], 3)
write("sample", [(5, 1), (5, 0), (9, 1)], 2)
write("secret", [(0, 0)], 1)
write("secret", [(BIG, 0)], 1)
write("secret", [(7, 0), (3, 0), (9, 0)], 1)
write("secret", [(0, 0), (BIG, 1)], 2)
write("secret", [(BIG, 1), (0, 0), (BIG, 0)], 2)
write("secret", [(4, 2), (4, 0), (4, 1), (4, 1)], 3)
# Far stall completes the set late: the window must shrink several times at once.
write("secret", [(0, 0), (1, 0), (2, 0), (3, 0), (100, 1)], 2)
write("secret", [(10, 1), (0, 0), (1, 2), (2, 0), (3, 2), (4, 0), (50, 1), (51, 0), (52, 2)], 3)
# Several shortest stretches: the earliest must win.
write("secret", [(30, 0), (35, 1), (10, 0), (15, 1), (20, 0), (25, 1)], 2)
write("secret", [(8, 1), (2, 0), (5, 1), (11, 0)], 2)
# Every stall a different flavour: the whole street.
write("secret", [(p, i) for i, p in enumerate(rng.sample(range(1000), 40))], 40)
# Listed in decreasing position order.
write("secret", [(100 - 3 * i, i % 4) for i in range(30)], 4)
# Small random ones (checked against a brute force over every pair of ends).
for n, k, high in [(6, 2, 10), (8, 3, 6), (10, 4, 20), (12, 3, 3), (15, 5, 40)]:
    write("secret", scatter(n, k, high), k)
for n, k, high in [(300, 10, 1000), (2000, 50, BIG), (5000, 1000, 10**6)]:
    write("secret", scatter(n, k, high), k)
# Maximum sizes: 3*10^4 stalls.
N = 3 * 10**4
write("secret", scatter(N, 30, BIG), 30)
write("secret", scatter(N, 3000, BIG), 3000)
write("secret", scatter(N, N // 2, 10**5), N // 2)
# One rare flavour at the far end, the rest crowded near 0.
write("secret", scatter(N - 1, 100, 1000) + [(BIG, 100)], 101)
# Repeating blocks with equal shortest windows everywhere.
write("secret", [(i * 2, i % 7) for i in range(N)][::-1], 7)
