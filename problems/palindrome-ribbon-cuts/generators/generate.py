# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (the checker accepts the ways in any order).
import random


def solve(s):
    ways, pieces = [], []

    def cut(start):
        if start == len(s):
            ways.append(pieces[:])
            return
        for end in range(start + 1, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                pieces.append(piece)
                cut(end)
                pieces.pop()

    cut(0)
    return sorted(ways)


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


def write(kind, s):
    write_json_test(kind, [s], solve(s))


def letters(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


clear_data()
rng = random.Random(19201)

write("sample", "noon")
write("sample", "abab")
write("sample", "z")
write("secret", "qq")
write("secret", "qr")
write("secret", "abca")
write("secret", "abcba")
write("secret", "racecar")
write("secret", "abcdefghijklmno")
write("secret", "zyxwvutsrqponml")
write("secret", "abacdcaba")
write("secret", "aabbaabba")
write("secret", "ab" * 7 + "a")
write("secret", "aaaaaaaabaaaaaa")
write("secret", "aaaaaaaaaaaa")
write("secret", "aaaaaaaaaaaaaaa")  # the most ways: 2^14
write("secret", "abbaabbaabbaabb")
write("secret", "xyzzyxxyzzyx")
write("secret", "abcdefgfedcba")
for n, alphabet in [(5, "ab"), (8, "ab"), (10, "abc"), (12, "ab"), (13, "abc"), (14, "ab"),
                    (15, "ab"), (15, "ab"), (15, "abc"), (15, "abcd"), (15, "xy")]:
    write("secret", letters(n, alphabet))
