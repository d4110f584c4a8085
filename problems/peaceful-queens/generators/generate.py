# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(board):
    n = len(board)
    full = (1 << n) - 1
    broken = [sum(1 << c for c, ch in enumerate(row) if ch == "#") for row in board]

    def place(r, cols, left, right):
        if r == n:
            return 1
        free = ~(cols | left | right | broken[r]) & full
        total = 0
        while free:
            q = free & -free
            free ^= q
            total += place(r + 1, cols | q, ((left | q) << 1) & full, (right | q) >> 1)
        return total
    return place(0, 0, 0, 0)


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


def write(kind, board):
    write_json_test(kind, [board], solve(board))


clear_data()
rng = random.Random(7501)


def intact(n):
    return ["." * n for _ in range(n)]


def damaged(n, share):
    return ["".join("#" if rng.random() < share else "." for _ in range(n)) for _ in range(n)]


write("sample", intact(4))
write("sample", [".#..", "....", "....", "...."])
write("sample", intact(2))
write("secret", ["."])
write("secret", ["#"])
write("secret", intact(3))
write("secret", intact(5))
write("secret", intact(6))
write("secret", intact(8))
write("secret", ["#" * 8] + ["." * 8] * 7)
write("secret", ["." * 7 + "#"] * 8)
write("secret", ["#" + "." * 7] + ["." * 8] * 6 + ["." * 7 + "#"])
write("secret", ["".join("#" if r == c else "." for c in range(8)) for r in range(8)])
write("secret", ["".join("#" if r + c == 8 else "." for c in range(9)) for r in range(9)])
write("secret", damaged(6, 0.2))
write("secret", damaged(7, 0.1))
write("secret", damaged(9, 0.15))
write("secret", damaged(10, 0.05))
# Maximum sizes: intact boards of 10 and 11 (the most placements to visit), and damaged ones.
write("secret", intact(10))
write("secret", intact(11))
write("secret", damaged(11, 0.03))
write("secret", damaged(11, 0.1))
write("secret", damaged(11, 0.25))
write("secret", ["".join("#" if (r * 3 + c) % 11 == 0 else "." for c in range(11)) for r in range(11)])
write("secret", ["." * 11] * 10 + ["#" * 5 + "." + "#" * 5])
write("secret", ["".join("#" if c in (0, 10) and r in (0, 10) else "." for c in range(11)) for r in range(11)])
