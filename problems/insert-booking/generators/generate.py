# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (sort everything and merge).
import random


def solve(blocks, booking):
    out = []
    for s, e in sorted(blocks + [booking]):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
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


def write(kind, blocks, booking):
    write_json_test(kind, [blocks, booking], solve(blocks, booking))


clear_data()
rng = random.Random(10001)
V = 10**9


def calendar(n, low=-V, high=V, max_len=None):
    """n separated blocks in low..high: 2n distinct sorted points, paired up (a gap of at least
    one between blocks)."""
    points = sorted(rng.sample(range(low, high + 1), 2 * n))
    blocks = []
    for i in range(n):
        s, e = points[2 * i], points[2 * i + 1]
        if max_len is not None:
            e = min(e, s + max_len)
        blocks.append([s, e])
    # Separate touching neighbours: each block must end strictly before the next starts.
    for i in range(1, n):
        if blocks[i][0] <= blocks[i - 1][1]:
            blocks[i][0] = blocks[i - 1][1] + 1
            blocks[i][1] = max(blocks[i][1], blocks[i][0])
    return blocks


write("sample", [[1, 2], [4, 6], [9, 12]], [5, 9])
write("sample", [], [3, 3])
write("sample", [[5, 7]], [1, 2])
write("secret", [[1, 3]], [3, 5])
write("secret", [[1, 3]], [4, 5])
write("secret", [[1, 3]], [-5, 0])
write("secret", [[1, 3]], [2, 2])
write("secret", [[1, 3]], [0, 10])
write("secret", [[1, 2], [5, 6], [9, 10]], [3, 4])
write("secret", [[1, 2], [5, 6], [9, 10]], [2, 5])
write("secret", [[1, 2], [5, 6], [9, 10]], [11, 11])
write("secret", [[1, 2], [5, 6], [9, 10]], [-V, V])
write("secret", [[-V, -V], [V, V]], [-V + 1, V - 1])
write("secret", [[-V, -V], [V, V]], [-V, V])
write("secret", [[0, 0], [2, 2], [4, 4]], [1, 3])
write("secret", [[2, 2]], [2, 2])
write("secret", calendar(20, -100, 100), [-10, 10])
write("secret", calendar(500, -5000, 5000), [rng.randint(-5000, 0), rng.randint(0, 5000)])
# Maximum sizes: 10^5 blocks with the booking in the middle; then 8000 blocks over the whole
# range: the booking at either end, spanning everything, inside one block, touching two
# neighbours exactly, and over many short blocks.
N = 100000
b = calendar(N, -10**6, 10**6)
write("secret", b, [b[N // 2][0] - 1, b[N // 2 + 100][1] + 1])
M = 8000
write("secret", calendar(M), [-V, -V])
write("secret", calendar(M, -V + 1, V - 1), [V, V])
write("secret", calendar(M), [-V, V])
b = calendar(M)
write("secret", b, [b[777][0], b[777][1]])
b = calendar(M)
write("secret", b, [b[500][1] + 1 if b[500][1] + 1 < b[501][0] else b[500][1], b[501][0]])
b = calendar(M, 0, 10**6, 5)
write("secret", b, [250000, 750000])
