# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(word, text):
    i = 0
    for c in text:
        if i < len(word) and word[i] == c:
            i += 1
    return i == len(word)


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


def write(kind, word, text):
    write_json_test(kind, [word, text], solve(word, text))


clear_data()
rng = random.Random(9001)


def rand(n, letters="abc"):
    return "".join(rng.choice(letters) for _ in range(n))


def hide(word, extra, letters="abc"):
    """`word` with `extra` random letters inserted: always hidden."""
    out = list(word)
    for _ in range(extra):
        out.insert(rng.randint(0, len(out)), rng.choice(letters))
    return "".join(out)


write("sample", "ace", "abcde")
write("sample", "aec", "abcde")
write("sample", "", "xyz")
write("secret", "", "")
write("secret", "a", "")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "abc", "abc")
write("secret", "abc", "cba")
write("secret", "aaa", "aa")
write("secret", "aa", "bab")
write("secret", "aab", "abab")
write("secret", "abcd", "abdc")
write("secret", "xyz", "xxyyzz")
w = rand(50)
write("secret", w, hide(w, 100))
write("secret", rand(30), rand(300))
# Maximum sizes: the word equal to the text, the text missing one letter at the end, all the
# same letter with one too many, a word spread thinly over the text, random.
N = 100000
t = rand(N, "abcdefghijklmnopqrstuvwxyz")
write("secret", t, t)
write("secret", t, t[:-1])
write("secret", "a" * N, "a" * (N - 1) + "b")
write("secret", "a" * 1000, "a" * 1000 + "b" * (N - 1000))
write("secret", "z" * 10, "z" + "a" * (N - 20) + "z" * 9)
w = rand(50000)
write("secret", w, w[:25000] + rand(50000) + w[25000:])
write("secret", rand(N), rand(N))
write("secret", "ab" * 25000, "a" * 50000 + "b" * 50000)
write("secret", "", rand(N))
