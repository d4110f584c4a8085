# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(text, pattern):
    m, pi = len(pattern), [0] * len(pattern)
    k = 0
    for i in range(1, m):
        while k and pattern[i] != pattern[k]:
            k = pi[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        pi[i] = k
    count = k = 0
    for c in text:
        while k and c != pattern[k]:
            k = pi[k - 1]
        if c == pattern[k]:
            k += 1
        if k == m:
            count += 1
            k = pi[k - 1]
    return count


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


def write(kind, text, pattern):
    write_test(kind, f"{text}\n{pattern}\n", f"{solve(text, pattern)}\n")


clear_data()
rng = random.Random(7301)
N = 5 * 10**5


def rand(n, letters="ab"):
    return "".join(rng.choice(letters) for _ in range(n))


write("sample", "abababa", "aba")
write("sample", "mississippi", "issip")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "ab", "ab")
write("secret", "ab", "ba")
write("secret", "aaaaa", "aa")
write("secret", "aaaaa", "aaaaa")
write("secret", "abcabcabd", "abcabd")
write("secret", "aabaabaabaab", "aabaab")
write("secret", "zzzyzzzyzzzy", "zzzyzzz")
write("secret", "thequickbrownfox", "fox")
write("secret", rand(100), rand(3))
write("secret", rand(2000), rand(5))
write("secret", rand(5000, "abcdefghijklmnopqrstuvwxyz"), "e")
# Borders within borders: Fibonacci strings.
fib = ["b", "a"]
while len(fib[-1]) < 100000:
    fib.append(fib[-1] + fib[-2])
write("secret", fib[-1][:100000], fib[-6])
# Maximum sizes: all a's with a long all-a pattern (every start matches) or ending in b
# (every start nearly matches); the same with a period of two.
write("secret", "a" * N, "a" * (N // 2))
write("secret", "a" * N, "a" * (N // 2 - 1) + "b")
write("secret", "ab" * (N // 2), "ab" * (N // 4) + "b")
write("secret", "ab" * (N // 2), "ab" * (N // 4) + "a")
# Large: a late single match, periodic texts, random texts over few letters.
M = 10**5
write("secret", "a" * (M - 1) + "b", "a" * 1000 + "b")
write("secret", "ab" * (M // 2), "ab" * 1000 + "a")
write("secret", rand(M), rand(20))
write("secret", rand(M, "abc"), rand(8, "abc"))
write("secret", ("aab" * M)[:M], "aab" * 5000 + "aa")
write("secret", "a" * M, "a")
write("secret", "b" + "a" * (M - 1), "b" + "a" * (M - 1))
