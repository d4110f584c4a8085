# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below.
import json
import random
import shutil
import string
from collections import Counter
from pathlib import Path


def solve(s, need):
    wanted = Counter(need)
    have = Counter()
    missing, left, best = len(need), 0, None
    for right, c in enumerate(s):
        if have[c] < wanted[c]:
            missing -= 1
        have[c] += 1
        if missing:
            continue
        while have[s[left]] > wanted[s[left]]:
            have[s[left]] -= 1
            left += 1
        if best is None or right + 1 - left < best[1] - best[0]:
            best = (left, right + 1)
        have[s[left]] -= 1
        missing += 1
        left += 1
    return "" if best is None else s[best[0]:best[1]]


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


def write(kind, *args):
    """One test: its .in is the JSON array of the arguments, its .ans the reference's result."""
    write_json_test(kind, list(args), solve(*args))


def text(n, alphabet=string.ascii_letters):
    return "".join(rng.choice(alphabet) for _ in range(n))


clear_data()
rng = random.Random(5401)
N = 50000

write("sample", "XBCAYBXACB", "ABX")
write("sample", "aab", "aa")
write("sample", "ab", "bb")
write("secret", "a", "a")
write("secret", "a", "b")
write("secret", "a", "A")
write("secret", "a", "aa")
write("secret", "abc", "cba")
write("secret", "abcabc", "cb")
# Equal-length windows: the first one wins.
write("secret", "xyxy", "xy")
write("secret", "baab", "ab")
write("secret", "aAbBaA", "Ab")
write("secret", "zzzzazzzzbzzzzazb", "ab")
write("secret", text(50, "ab"), "aab")
write("secret", text(500, "abc"), "abcabc")
write("secret", text(2000), text(5))
# Maximum sizes.
write("secret", "a" * N, "a" * N)
write("secret", "a" * N, "a" * (N - 1) + "b")
write("secret", text(N, "ab"), text(200, "ab"))
write("secret", text(N), text(60))
write("secret", text(N, "xyz"), "xyz" * 100)
write("secret", "b" * (N - 1) + "a", "ab")
write("secret", "a" + "c" * (N - 2) + "b", "ab")
write("secret", text(N), string.ascii_letters)
write("secret", text(N, "ab"), text(N, "ab"))
