# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random
import string


def solve(s, words):
    have, n = set(words), len(s)
    longest = max(map(len, words))
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        ok[i] = any(ok[i - k] and s[i - k:i] in have for k in range(1, min(longest, i) + 1))
    return ok[n]


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


def write(kind, s, words):
    write_json_test(kind, [s, words], solve(s, words))


clear_data()
rng = random.Random(6801)


def word(low, high, letters="abc"):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


def dictionary(count, low, high, letters="abc"):
    words = set()
    while len(words) < count:
        words.add(word(low, high, letters))
    words = sorted(words)  # sets iterate in hash order, which changes from run to run
    rng.shuffle(words)
    return words


def joined(words, length):
    """Words glued together until the string has about `length` characters."""
    out = []
    while sum(map(len, out)) < length:
        out.append(rng.choice(words))
    return "".join(out)[:5000]


def spoil(s, letters="abc"):
    """`s` with one random character changed (maybe still splittable)."""
    i = rng.randrange(len(s))
    return s[:i] + rng.choice(letters) + s[i + 1:]


write("sample", "sunflowerseed", ["sun", "flower", "seed", "sunflower", "flowers"])
write("sample", "carpetrol", ["carpet", "car", "petrol"])
write("sample", "moonlit", ["moon", "lite", "it"])
write("secret", "a", ["a"])
write("secret", "a", ["b"])
write("secret", "ab", ["abc"])
write("secret", "aaaa", ["aa"])
write("secret", "aaaaa", ["aa"])
write("secret", "aaaaa", ["aa", "aaa"])
write("secret", "abcd", ["a", "abc", "b", "cd"])
write("secret", "goalgoalgoal", ["goal", "go", "al", "goa"])
write("secret", "thenewspaper", ["the", "then", "news", "ewspaper", "paper"])
write("secret", "xyz" * 10 + "q", ["x", "y", "z", "xy", "yz", "xyz"])
write("secret", "z" * 20, ["z" * 20])
write("secret", "z" * 21, ["z" * 20])
# The exponential trap for plain recursion, ending in a character no word has.
write("secret", "a" * 5000, ["a" * k for k in range(1, 21)])
write("secret", "a" * 4999 + "b", ["a" * k for k in range(1, 21)])
write("secret", "a" * 4999 + "b", ["a" * k for k in range(1, 21)] + ["ab"])
ws = dictionary(50, 1, 6)
write("secret", joined(ws, 200), ws)
write("secret", spoil(joined(ws, 300)), ws)
ws = dictionary(1000, 3, 20, "ab")
write("secret", joined(ws, 5000), ws)
write("secret", spoil(joined(ws, 5000), "ab"), ws)
ws = dictionary(1000, 1, 20, string.ascii_lowercase)
write("secret", joined(ws, 5000), ws)
ws = dictionary(300, 5, 20, "ab") + ["b"]
write("secret", joined(ws, 4980)[:4980] + "a", ws)
ws = ["ab" * k for k in range(1, 11)] + ["aba"]
write("secret", "ab" * 2500, ws)
write("secret", "ab" * 2499 + "ba", ws)
# Words long and only nearly matching: many lookups, all misses.
ws = ["a" * 19 + c for c in string.ascii_lowercase[1:]]
write("secret", "a" * 5000, ws)
