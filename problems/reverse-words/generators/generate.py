# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). The package's first tests, written before this generator,
# are kept byte for byte in generators/original/ and copied under their own names; the new
# ones follow them, seeded, each answer from the reference solution below.
import random
import string

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


def keep_original_tests():
    """Copies generators/original/<kind>/NN.* into data/; new tests of a kind come after them."""
    for path in sorted(Path("generators/original").rglob("*.in")):
        kind = path.parent.name
        for suffix in (".in", ".ans"):
            target = Path("data") / kind / path.with_suffix(suffix).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path.with_suffix(suffix), target)
        _counts[kind] = max(_counts[kind], int(path.stem))


def write(words):
    write_test("secret", " ".join(words) + "\n", " ".join(reversed(words)) + "\n")


def word(low=1, high=20):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


clear_data()
keep_original_tests()
rng = random.Random(2201)

# Edge cases: one word (one letter, twenty letters), two words, a palindrome of words, words
# that are palindromes themselves (reversing letters would look right for them alone).
write(["a"])
write(["z" * 20])
write(["abcdefghijklmnopqrst"])
write(["ab", "cd"])
write(["one", "two", "one"])
write(["level", "noon", "racecar"])
write(["x", "y"] * 5)
write(["same"] * 7)
write(["a", "bb", "ccc", "dddd", "eeeee"])
for n in (3, 10, 50, 200, 999):
    write([word() for _ in range(n)])
write([word(1, 1) for _ in range(500)])
# Maximum sizes: 1000 words of 20 letters, of one letter, and of random lengths.
write([word(20, 20) for _ in range(1000)])
write([word(1, 1) for _ in range(1000)])
write([word() for _ in range(1000)])
