# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


class RunLengthIterator:
    def __init__(self, encoding):
        self.runs = [[encoding[k], encoding[k + 1]] for k in range(0, len(encoding), 2)]
        self.i = 0

    def take(self, n):
        while self.i < len(self.runs) and self.runs[self.i][0] < n:
            n -= self.runs[self.i][0]
            self.runs[self.i][0] = 0
            self.i += 1
        if self.i == len(self.runs):
            return -1
        self.runs[self.i][0] -= n
        return self.runs[self.i][1]


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


def write(kind, encoding, takes):
    it = RunLengthIterator(encoding)
    out = [None] + [it.take(n) for n in takes]
    test = {"calls": ["RunLengthIterator"] + ["take"] * len(takes), "args": [[encoding]] + [[n] for n in takes]}
    write_test(kind, dump(test) + "\n", dump(out) + "\n")


clear_data()
rng = random.Random(14301)
B = 10**9


def encoding(runs, top=10, zero=0.1, vtop=B):
    out = []
    for _ in range(runs):
        out += [0 if rng.random() < zero else rng.randint(1, top), rng.randint(0, vtop)]
    return out


write("sample", [3, 8, 0, 9, 2, 5], [2, 1, 1, 2])
write("sample", [B, 7, B, 6], [B, B - 1, 2])
write("secret", [0, 1], [1])
write("secret", [1, 0], [1, 1])
write("secret", [1, 5], [2, 1])
write("secret", [2, 5], [1, 1, 1])
write("secret", [0, 1, 0, 2, 3, 3], [3])
write("secret", [3, 1, 0, 2, 3, 3], [3, 1])
write("secret", [3, 1, 3, 2], [2, 2, 2])
write("secret", [B, B, B, 0], [B, 1, B - 1, 1])
write("secret", [5, 4, 5, 3], [4, 1, 1, 4, 1, 1, 1])
for runs, calls, top in ((5, 10, 3), (20, 30, 5), (50, 100, 10), (200, 200, 100)):
    enc = encoding(runs, top)
    total = sum(enc[0::2])
    write("secret", enc, [rng.randint(1, max(1, 2 * total // calls)) for _ in range(calls)])
# Maximum sizes: 500 runs of up to 10^9 copies, 1000 calls; totals near 5·10^11.
for zero in (0.0, 0.3):
    enc = encoding(500, B, zero)
    total = sum(enc[0::2])
    write("secret", enc, [rng.randint(1, min(B, max(1, total // 900))) for _ in range(1000)])
enc = encoding(500, B, 0.0)
write("secret", enc, [B] * 1000)
enc = encoding(500, 3, 0.2)
write("secret", enc, [1] * 1000)
write("secret", [B, 1] * 500, [B] * 499 + [1] * 501)
write("secret", [0, 0] * 499 + [B, 9], [B - 1, 1, 1] + [5] * 997)
for _ in range(4):
    enc = encoding(rng.randint(1, 10), 20, 0.3)
    write("secret", enc, [rng.randint(1, 15) for _ in range(rng.randint(1, 10))])
