# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [sorted(g) for _, g in sorted(groups.items())]


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


def write(kind, words):
    write_json_test(kind, [words], solve(words))


clear_data()
rng = random.Random(9901)
AZ = "abcdefghijklmnopqrstuvwxyz"


def word(low, high, letters=AZ):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def shuffled(w):
    letters = list(w)
    rng.shuffle(letters)
    return "".join(letters)


def families(n, bases, low, high, letters=AZ):
    roots = [word(low, high, letters) for _ in range(bases)]
    return [shuffled(rng.choice(roots)) for _ in range(n)]


write("sample", ["meal", "slime", "lame", "smile", "male", "pond"])
write("sample", ["ab", "ab", "b", ""])
write("secret", [""])
write("secret", ["a"])
write("secret", ["", ""])
write("secret", ["ab", "ba"])
write("secret", ["aab", "abb", "bab", "bba"])
write("secret", ["ad", "bc", "cb", "da"])
write("secret", ["pots", "stop", "tops", "opts", "post", "spot", "top"])
write("secret", ["abc", "bca", "cab", "acb", "bac", "cba", "abcd"])
write("secret", ["listen", "silent", "enlist", "tinsel", "inlets", "google", "gogole"])
write("secret", ["z" * 100, "z" * 99, "z" * 100])
write("secret", families(20, 5, 1, 4, "abc"))
write("secret", families(200, 30, 3, 8))
write("secret", [word(0, 5, "ab") for _ in range(300)])
write("secret", families(1000, 1000, 5, 10))
# Maximum sizes: 10^4 words (of up to 100 letters, or 3000 of them when all are long); few large
# groups, many small ones, all distinct, all the same, near-collisions of letter sets and sums.
N = 10000
write("secret", families(N, 10, 90, 100))
write("secret", families(N, 3000, 5, 30))
write("secret", [word(1, 100) for _ in range(3000)])
write("secret", ["abc" * 33] * 3000)
write("secret", families(N, 500, 1, 6, "ab"))
write("secret", [("a" * i + "b" * (10 - i)) for i in range(11)] * 900)
write("secret", families(3000, 50, 0, 100, "abcd"))
write("secret", [shuffled("ad" * 25) if i % 2 else shuffled("bc" * 25) for i in range(N)])
write("secret", [word(0, 3) for _ in range(N)])
