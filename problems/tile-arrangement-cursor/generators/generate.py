# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference cursor below.
import random
import string
from collections import Counter
from math import factorial

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

K, CALLS = 10**15, 3000


class Cursor:
    def __init__(self, tiles):
        self.count = Counter(tiles)
        self.letters = sorted(self.count)
        self.n = len(tiles)
        self.total = factorial(self.n)
        for c in self.count.values():
            self.total //= factorial(c)
        self.rank = 0

    def next(self):
        if self.rank == self.total:
            return ""
        r, total, left, count, out = self.rank, self.total, self.n, dict(self.count), []
        while left:
            for c in self.letters:
                if count[c]:
                    block = total * count[c] // left
                    if r < block:
                        out.append(c)
                        count[c] -= 1
                        total, left = block, left - 1
                        break
                    r -= block
        self.rank += 1
        return "".join(out)

    def hasNext(self):
        return self.rank < self.total

    def skip(self, k):
        moved = min(k, self.total - self.rank)
        self.rank += moved
        return moved

    def remaining(self):
        return self.total - self.rank


def write(kind, tiles, calls):
    """`calls`: a list of method names, or ("skip", k) pairs."""
    cursor = Cursor(tiles)
    names, args, out = ["ArrangementCursor"], [[tiles]], [None]
    for call in calls:
        name, a = (call[0], [call[1]]) if isinstance(call, tuple) else (call, [])
        names.append(name)
        args.append(a)
        out.append(getattr(cursor, name)(*a))
    # Every number in the test and its answer is exact in a JavaScript number.
    assert all(v <= 2**53 - 1 for v in [cursor.total] + [x for row in args for x in row] + out
               if isinstance(v, int) and not isinstance(v, bool))
    write_test(kind, dump({"calls": names, "args": args}) + "\n", dump(out) + "\n")


def random_calls(tiles, count, skip_share=0.2, big=False):
    total = Cursor(tiles).total
    calls = []
    for _ in range(count):
        roll = rng.random()
        if roll < skip_share:
            top = K if big and rng.random() < 0.1 else max(1, total // max(1, count // 4))
            calls.append(("skip", rng.randint(1, top)))
        elif roll < skip_share + 0.1:
            calls.append(rng.choice(["hasNext", "remaining"]))
        else:
            calls.append("next")
    return calls


def shuffled(letters):
    letters = list(letters)
    rng.shuffle(letters)
    return "".join(letters)


clear_data()
rng = random.Random(15901)
ALL17 = "abcdefghijklmnopq"
assert factorial(17) < K < 2**53 - 1  # every count, k and rank + k stays exact in a double

write("sample", "aab", ["next", ("skip", 1), "hasNext", "next", "hasNext", "next", "remaining"])
write("sample", "dcba", ["remaining", ("skip", 5), "next", "next", ("skip", 100), "remaining", "next"])

# Edge cases: one tile, one repeated letter, exhausting by next() and by skip().
write("secret", "z", ["hasNext", "next", "hasNext", "next", ("skip", 1), "remaining"])
write("secret", "q" * 17, ["remaining", "next", "next", "hasNext", ("skip", K)])
write("secret", "ba", ["next", "next", "next", "hasNext", "remaining"])
write("secret", "ab", [("skip", 1), "next", ("skip", 1), "next"])
write("secret", "mississippi", ["remaining", "next", "next", "next", ("skip", 34640), "next", "remaining", "next", "next"])
write("secret", "ccbbaa", ["next"] * 95)
write("secret", "abcd", ["next"] * 10 + [("skip", 5)] + ["next"] * 10 + ["hasNext", "remaining"])
write("secret", "y" * 16 + "x", ["next", "remaining", ("skip", 15), "next", "hasNext", "next"])
# The largest totals: 17 different letters (17! ≈ 3.6·10^14 arrangements), skips up to 10^15.
write("secret", shuffled(ALL17), ["remaining", "next", ("skip", factorial(17) - 2), "next", "next", "next", "remaining"])
write("secret", shuffled(ALL17), [("skip", 10**14), "next", ("skip", K), "remaining", "hasNext", "next"])
write("secret", shuffled(ALL17), [("skip", factorial(17) // 2), "next", "next", ("skip", K), "next"])
write("secret", ALL17[::-1], [("skip", K), "remaining", "next"])
# Positions just past 2^31 and 2^32: a 32-bit counter wraps there.
write("secret", shuffled(ALL17), [("skip", 2**31 - 1), "next", "next", "remaining", ("skip", 2**32 - 2), "next", "remaining"])
write("secret", shuffled("aabbccddeeffgghhi"), ["remaining", ("skip", 10**11), "next", ("skip", 5 * 10**11), "next", ("skip", K), "next"])
write("secret", "ababababababababa", ["remaining"] + ["next"] * 30 + [("skip", 24250), "next", "next", "next"])
write("secret", shuffled("zzzzzyyyyxxxxwwww"), random_calls("zzzzzyyyyxxxxwwww", 200))
# Random small cases.
for length in (3, 5, 7, 9):
    tiles = "".join(rng.choice("abc") for _ in range(length))
    write("secret", tiles, random_calls(tiles, 60, 0.3))
tiles = "".join(rng.choice(string.ascii_lowercase) for _ in range(12))
write("secret", tiles, random_calls(tiles, 500, 0.3, big=True))

# Maximum sizes: 3000 calls on 17 tiles, most of them next().
write("secret", shuffled(ALL17), random_calls(ALL17, CALLS, 0.1, big=True))
write("secret", ALL17, ["next"] * CALLS)
tiles = "".join(rng.choice(string.ascii_lowercase) for _ in range(17))
write("secret", tiles, random_calls(tiles, CALLS, 0.3, big=True))
tiles = "".join(rng.choice("xyz") for _ in range(17))
write("secret", tiles, random_calls(tiles, CALLS, 0.2))
tiles = shuffled("uvwxyz" * 2 + "abcde")
write("secret", tiles, [("skip", Cursor(tiles).total - 1500)] + ["next"] * (CALLS - 1))
