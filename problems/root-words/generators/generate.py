# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(roots, sentence):
    have = set(roots)
    longest = max(map(len, roots))
    out = []
    for word in sentence.split(" "):
        for k in range(1, min(longest, len(word)) + 1):
            if word[:k] in have:
                word = word[:k]
                break
        out.append(word)
    return " ".join(out)


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


def write(kind, roots, sentence):
    write_json_test(kind, [roots, sentence], solve(roots, sentence))


clear_data()
rng = random.Random(9201)


def word(low, high, letters="abc"):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def sentence(length, low=1, high=8, letters="abc"):
    words, size = [], -1
    while True:
        w = word(low, high, letters)
        if size + 1 + len(w) > length:
            break
        words.append(w)
        size += 1 + len(w)
    return " ".join(words) or "a"


def distinct(count, low, high, letters="abc"):
    out = set()
    while len(out) < count:
        out.add(word(low, high, letters))
    out = sorted(out)  # sets iterate in hash order, which changes from run to run
    rng.shuffle(out)
    return out


write("sample", ["play", "pl", "ground", "run"], "players run on the playground")
write("sample", ["abc", "b"], "ab abc abcd bb")
write("secret", ["a"], "a")
write("secret", ["a"], "b")
write("secret", ["b"], "a b c")
write("secret", ["cat", "ca", "c"], "cat cattle concat")
write("secret", ["long"], "lon long longer")
write("secret", ["xyz", "x"], "xyz xyzxyz yzx")
write("secret", ["aaa", "aa"], "a aa aaa aaaa")
write("secret", ["the", "then", "there"], "there then the them thee")
write("secret", ["ab", "abc", "a"], "abcd ab a ba")
write("secret", ["q"], "q")
write("secret", distinct(5, 1, 3), sentence(100))
write("secret", distinct(50, 2, 5), sentence(1000))
write("secret", distinct(200, 1, 10, "abcdefghij"), sentence(5000, 1, 15, "abcdefghij"))
# Maximum sizes: long words and long roots that match deep (a prefix check per length is
# slow), many roots, a sentence of one-letter words, roots that never match.
N = 100000
roots = ["a" * 99 + c for c in "bcdefghijklmnopqrstuvwxyz"]
write("secret", roots, " ".join(["a" * 99 + "z" + "q" * 20] * 780 + ["a" * 120] * 30))
write("secret", distinct(1000, 1, 100, "ab"), sentence(N, 50, 150, "ab"))
write("secret", distinct(1000, 3, 12), sentence(N))
write("secret", ["b"], " ".join(["a"] * (N // 2)))
write("secret", ["a" * 100], " ".join(["a" * 99] * 1000))
write("secret", distinct(1000, 5, 20, "abcdefghijklmnopqrstuvwxyz"), sentence(N, 3, 25, "abcdefghijklmnopqrstuvwxyz"))
write("secret", ["a", "aa", "aaa"] + distinct(100, 4, 9, "ab"), sentence(N, 1, 9, "ab"))
write("secret", ["z" * k for k in range(100, 0, -1)], " ".join(["z" * 100] * 990))
write("secret", [word(100, 100)], sentence(N, 90, 110))
write("secret", distinct(1000, 1, 4, "abcdefghijklmnopqrstuvwxyz"), sentence(N, 1, 6, "abcdefghijklmnopqrstuvwxyz"))
