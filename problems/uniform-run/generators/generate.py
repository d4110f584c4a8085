# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (per target colour, a window with at most k
# boards of other colours).
import random
import string


def solve(fence, k):
    best = 0
    for colour in set(fence) or {"A"}:
        left = other = 0
        for right, c in enumerate(fence):
            other += c != colour
            while other > k:
                other -= fence[left] != colour
                left += 1
            best = max(best, right - left + 1)
    return best


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


def write(kind, fence, k):
    write_json_test(kind, [fence, k], solve(fence, k))


clear_data()
rng = random.Random(8801)


def paint(n, colours="AB"):
    return "".join(rng.choice(colours) for _ in range(n))


write("sample", "ABBACBB", 2)
write("sample", "QQQ", 0)
write("sample", "XYZ", 1)
write("secret", "A", 0)
write("secret", "A", 1)
write("secret", "AB", 0)
write("secret", "AB", 2)
write("secret", "ABABBA", 0)
write("secret", "ABABBA", 1)
write("secret", "AAAABBBBAAAA", 3)
write("secret", "AAAABBBBAAAA", 4)
write("secret", "ZYXWVUTSRQ", 3)
write("secret", "ABCABCABCABC", 4)
write("secret", paint(20, "ABC"), 2)
write("secret", paint(200, "AB"), 10)
write("secret", paint(1000, string.ascii_uppercase), 50)
# Maximum sizes: runs broken by single boards, random two- and 26-colour fences, k of 0 and of
# n, blocks of colours.
N = 100000
write("secret", "".join("B" if i % 100 == 99 else "A" for i in range(N)), 500)
write("secret", paint(N, "AB"), 1000)
write("secret", paint(N, string.ascii_uppercase), 5000)
write("secret", paint(N, string.ascii_uppercase), 0)
write("secret", paint(N, "ABC"), N)
write("secret", "".join(rng.choice("ABCD") * rng.randint(1, 300) for _ in range(700))[:N], 200)
write("secret", "A" * (N // 2) + "B" * (N // 2), 10)
write("secret", ("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4000)[:N], 30000)
write("secret", "".join("A" if rng.random() < 0.9 else rng.choice("BCD") for _ in range(N)), 100)
