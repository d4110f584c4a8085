# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer is one valid order from the reference below (the checker accepts any), or IMPOSSIBLE.
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


def arrange(s):
    counts = Counter(s)
    n = len(s)
    if max(counts.values()) > (n + 1) // 2:
        return "IMPOSSIBLE"
    out = [""] * n
    slots = list(range(0, n, 2)) + list(range(1, n, 2))
    i = 0
    for letter, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        for _ in range(count):
            out[slots[i]] = letter
            i += 1
    result = "".join(out)
    assert all(a != b for a, b in zip(result, result[1:]))
    return result


def write(kind, s):
    write_test(kind, s + "\n", arrange(s) + "\n")


def shuffled(s):
    s = list(s)
    rng.shuffle(s)
    return "".join(s)


def with_top(n, top, others="bcdefghijklmnopqrstuvwxyz"):
    """n letters, `top` of them 'a' and the rest random other letters, shuffled."""
    return shuffled("a" * top + "".join(rng.choice(others) for _ in range(n - top)))


clear_data()
rng = random.Random(11801)
write("sample", "aabbc")
write("sample", "xxxy")
for s in ["a", "aa", "ab", "aba", "aab", "aaab", "abbbc", "zzzyy", "abcabc", "aaabbbccc",
          "qqqqqwwww", "qqqqqwww", "abcdefghijklmnopqrstuvwxyz"]:
    write("secret", s)
for n in [10, 11, 100, 1001]:
    write("secret", with_top(n, (n + 1) // 2))
    write("secret", with_top(n, (n + 1) // 2 + 1, "b"))
write("secret", shuffled("".join(rng.choice("abc") for _ in range(5000))))
# Largest: the most common letter exactly at the bound (odd and even n), one over it, two
# letters half and half, and a random spread.
N = 10**5
write("secret", with_top(N - 1, N // 2))
write("secret", with_top(N, N // 2, "b"))
write("secret", with_top(N, N // 2 + 1))
write("secret", shuffled("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N))))
