# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the sliding-window reference below.
import random
from collections import Counter

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


def has_shuffle(word, text):
    m = len(word)
    if m > len(text):
        return False
    need, have = Counter(word), Counter(text[:m])
    if have == need:
        return True
    for i in range(m, len(text)):
        have[text[i]] += 1
        have[text[i - m]] -= 1
        if have[text[i - m]] == 0:
            del have[text[i - m]]
        if have == need:
            return True
    return False


def write(kind, word, text):
    write_json_test(kind, [word, text], has_shuffle(word, text))


def letters(n, alphabet="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def shuffled(word):
    w = list(word)
    rng.shuffle(w)
    return "".join(w)


def plant(word, text):
    """text with a shuffled copy of word written over a random position."""
    i = rng.randint(0, len(text) - len(word))
    return text[:i] + shuffled(word) + text[i + len(word):]


clear_data()
rng = random.Random(11101)
write("sample", "lead", "mydealer")
write("sample", "noon", "nonono")
write("secret", "sees", "seaside")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "ab", "a")
write("secret", "ab", "ba")
write("secret", "abc", "cbxabc")
write("secret", "aab", "abab")
write("secret", "aab", "ababba")
write("secret", "zz", "zyzyzy")
write("secret", "xyz", "zyx")
write("secret", "kayak", "yakka")
# Same letters, wrong counts: only the multiplicities tell.
write("secret", "abb", "aabaab")
write("secret", "abc", "aabbcc")
for m, n in [(3, 20), (10, 200), (50, 5000)]:
    word = letters(m, "abcd")
    write("secret", word, plant(word, letters(n, "abcd")))
    write("secret", word, letters(n, "abcd").replace(word[0], "e"))
write("secret", letters(12, "ab"), letters(1000, "ab"))
# Largest: word as long as the text, a long word planted at the very end, a near miss
# (one letter off everywhere), and a short word in a long text.
N = 10**5
text = letters(N, "abc")
write("secret", shuffled(text), text)
word = letters(40000, "abcde")
write("secret", word, letters(N - 40000, "abcde") + shuffled(word))
word = "a" * 20000 + "b" * 20000
write("secret", word, ("a" * 20001 + "b" * 19999) * 2 + "a" * 20000)
write("secret", "qwerty", letters(N, "qwerty").replace("y", "t"))
