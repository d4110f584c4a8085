# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer is one fitting alphabet from the reference solution below, or IMPOSSIBLE (the checker
# accepts any fitting alphabet).
import random
import shutil
import string
from pathlib import Path


def solve(words):
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    for u, v in zip(words, words[1:]):
        for x, y in zip(u, v):
            if x != y:
                after[x].add(y)
                break
        else:
            if len(u) > len(v):
                return "IMPOSSIBLE"
    indegree = {c: 0 for c in letters}
    for x in letters:
        for y in after[x]:
            indegree[y] += 1
    ready = [c for c in letters if indegree[c] == 0]
    order = []
    while ready:
        x = ready.pop(0)
        order.append(x)
        for y in sorted(after[x]):
            indegree[y] -= 1
            if indegree[y] == 0:
                ready.append(y)
    return "".join(order) if len(order) == len(letters) else "IMPOSSIBLE"


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


def write(kind, words):
    write_test(kind, "\n".join([str(len(words))] + words) + "\n", solve(words) + "\n")


def dictionary(n, alphabet, low=1, high=20):
    """n random words over `alphabet`, sorted by that alphabet's order."""
    rank = {c: i for i, c in enumerate(alphabet)}
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))
             for _ in range(n)]
    return sorted(words, key=lambda w: [rank[c] for c in w])


def shuffled_letters(k):
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    return "".join(letters[:k])


clear_data()
rng = random.Random(4901)

write("sample", ["zeb", "zea", "bd", "ba", "aa"])
write("sample", ["ab", "bc", "ca", "ab"])
write("sample", ["moon", "mo"])
write("secret", ["q"])
write("secret", ["abc"])
write("secret", ["zz", "zz", "zz"])
write("secret", ["mo", "moon"])
write("secret", ["ab", "ab", "a"])
write("secret", ["b", "a"])
write("secret", ["ba", "ab"])
write("secret", ["ca", "cb", "ac"])
# Only the first difference counts: "az" before "bc" says nothing about z and c.
write("secret", ["az", "bc", "bz"])
write("secret", ["x", "y", "x"])
# A letter that only appears after the first difference is free.
write("secret", ["ab", "ac", "bq"])
# A long cycle, closed by the last pair.
cycle = list("abcdefghij")
write("secret", [cycle[i] + cycle[i + 1] for i in range(9)] + ["ja"] + ["aa"])
# All 26 letters in one chain (a unique answer).
alien = shuffled_letters(26)
write("secret", list(alien))
write("secret", dictionary(50, shuffled_letters(5), 1, 4))
write("secret", dictionary(300, shuffled_letters(12), 1, 6))
# Consistent dictionaries with one pair swapped: usually a cycle.
words = dictionary(500, shuffled_letters(26), 3, 8)
i = rng.randrange(len(words) - 1)
words[i], words[i + 1] = words[i + 1], words[i]
write("secret", words)
# Maximum sizes: 10^4 words of up to 20 letters.
write("secret", dictionary(10000, shuffled_letters(26)))
write("secret", dictionary(10000, shuffled_letters(26), 18, 20))
write("secret", dictionary(10000, shuffled_letters(3)))
write("secret", dictionary(10000, shuffled_letters(26), 1, 2))
words = dictionary(9900, shuffled_letters(20), 1, 3)
for _ in range(100):  # repeated words say nothing
    j = rng.randrange(1, len(words))
    words.insert(j, words[j - 1])
write("secret", words)
words = dictionary(9999, shuffled_letters(26), 2, 20)
words.append(words[-1][:-1])  # a word after its own prefix
write("secret", words)
