# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(a, b, cloth):
    if len(a) + len(b) != len(cloth):
        return False
    ok = [False] * (len(b) + 1)
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 and j == 0:
                ok[j] = True
                continue
            c = cloth[i + j - 1]
            ok[j] = (i > 0 and ok[j] and a[i - 1] == c) or (j > 0 and ok[j - 1] and b[j - 1] == c)
    return ok[len(b)]


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


def write(kind, a, b, cloth):
    write_json_test(kind, [a, b, cloth], solve(a, b, cloth))


clear_data()
rng = random.Random(14001)


def rand(n, letters="ab"):
    return "".join(rng.choice(letters) for _ in range(n))


def weave(a, b):
    i = j = 0
    out = []
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and rng.random() < 0.5):
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return "".join(out)


def spoil(s):
    """Swaps two different neighbouring beads (usually no longer a weave)."""
    s = list(s)
    for _ in range(100):
        k = rng.randrange(len(s) - 1)
        if s[k] != s[k + 1]:
            s[k], s[k + 1] = s[k + 1], s[k]
            break
    return "".join(s)


write("sample", "abc", "abd", "aabdbc")
write("sample", "ab", "ba", "abbb")
write("sample", "", "xy", "xy")
write("secret", "", "", "")
write("secret", "", "", "a")
write("secret", "a", "", "a")
write("secret", "a", "", "b")
write("secret", "ab", "ac", "acab")
write("secret", "ab", "ac", "abac")
write("secret", "ab", "ac", "aabc")
write("secret", "abc", "def", "abcdefg")
write("secret", "aab", "aac", "aacaab")
write("secret", "aabcc", "dbbca", "aadbbcbcac")
write("secret", "aabcc", "dbbca", "aadbbbaccc")
a, b = rand(30), rand(30)
write("secret", a, b, weave(a, b))
write("secret", a, b, spoil(weave(a, b)))
for _ in range(3):
    a, b = rand(rng.randint(0, 50), "abc"), rand(rng.randint(0, 50), "abc")
    w = weave(a, b)
    write("secret", a, b, w if rng.random() < 0.5 else spoil(w) if len(w) > 1 else w)
# Maximum sizes: long threads of one or two letters (greedy and naive recursion both suffer).
N = 1000
a, b = rand(N), rand(N)
write("secret", a, b, weave(a, b))
write("secret", a, b, spoil(weave(a, b)))
write("secret", "a" * N, "a" * (N - 1) + "b", "a" * N + "a" * (N - 1) + "b")
write("secret", "a" * N, "a" * N, "a" * (2 * N - 1) + "b")
a, b = rand(N, "abcdefghijklmnopqrstuvwxyz"), rand(N, "abcdefghijklmnopqrstuvwxyz")
write("secret", a, b, weave(a, b))
write("secret", "ab" * 500, "ba" * 500, weave("ab" * 500, "ba" * 500))
