# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import random


def solve(name, pattern):
    n = len(name)
    ok = [True] + [False] * n
    for ch in pattern:
        nxt = [False] * (n + 1)
        if ch == "*":
            nxt[0] = ok[0]
            for j in range(1, n + 1):
                nxt[j] = ok[j] or nxt[j - 1]
        else:
            for j in range(1, n + 1):
                nxt[j] = ok[j - 1] and (ch == "?" or ch == name[j - 1])
        ok = nxt
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


def write(kind, name, pattern):
    write_json_test(kind, [name, pattern], solve(name, pattern))


clear_data()
rng = random.Random(14701)


def rand(n, letters="ab"):
    return "".join(rng.choice(letters) for _ in range(n))


def pattern_for(name, stars=0.2, qs=0.1):
    """A pattern that matches name: pieces replaced by *, letters by ?."""
    out, i = [], 0
    while i < len(name):
        r = rng.random()
        if r < stars:
            k = rng.randint(0, 5)
            out.append("*")
            i += k
        elif r < stars + qs:
            out.append("?")
            i += 1
        else:
            out.append(name[i])
            i += 1
    return "".join(out)[:1000]


write("sample", "report.txt", "*.txt")
write("sample", "aab", "*ab")
write("sample", "", "**")
write("secret", "aab", "a?")
write("secret", "", "?")
write("secret", "", "")
write("secret", "a", "")
write("secret", "", "a")
write("secret", "ba", "a*")
write("secret", "abc", "abc")
write("secret", "abc", "a*c")
write("secret", "abcd", "a*c")
write("secret", "adceb", "*a*b")
write("secret", "acdcb", "a*c?b")
write("secret", "mississippi", "m??*ss*?i*pi")
write("secret", "a.b.c", "*.*.*")
n = rand(40)
write("secret", n, pattern_for(n))
write("secret", rand(60, "ab."), rand(20, "ab?*"))
# Maximum sizes: star-heavy patterns against long uniform names (exponential for naive
# recursion), near misses at the last character, long exact matches.
N = 1000
write("secret", "a" * N, "*a" * 499 + "*b")
write("secret", "a" * N, "*a" * 500)
write("secret", "a" * (N - 1) + "b", "*" + "?" * 998 + "b")
name = rand(N, "ab.")
write("secret", name, pattern_for(name, 0.3, 0.2))
write("secret", name, pattern_for(name, 0.05, 0.3)[:-1] + ("a" if name[-1] != "a" else "b"))
write("secret", rand(N), "*" + "ab" * 200 + "*")
write("secret", "ab" * 500, "*" * 1000)
