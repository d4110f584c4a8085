# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference model below.
import json
import random
import shutil
import string
from pathlib import Path


def solve(calls, args):
    words, prefixes, out = set(), set(), [None]
    for name, (s,) in zip(calls[1:], args[1:]):
        if name == "insert":
            words.add(s)
            prefixes.update(s[:i] for i in range(1, len(s) + 1))
            out.append(None)
        elif name == "search":
            out.append(s in words)
        else:
            out.append(s in prefixes)
    return out


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


def write(kind, ops):
    """One test: the constructor, then `ops`, each (name, string)."""
    calls = ["Trie"] + [name for name, _ in ops]
    args = [[]] + [[s] for _, s in ops]
    write_test(kind, dump({"calls": calls, "args": args}) + "\n", dump(solve(calls, args)) + "\n")


def word(low, high, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def random_ops(n, low, high, alphabet=string.ascii_lowercase, insert_share=0.4):
    """Inserts of random words, and queries that are often prefixes or extensions of them."""
    inserted, ops = [], []
    for _ in range(n):
        r = rng.random()
        if r < insert_share or not inserted:
            w = word(low, high, alphabet)
            inserted.append(w)
            ops.append(("insert", w))
            continue
        base = rng.choice(inserted)
        kind = rng.random()
        if kind < 0.4:
            q = base[:rng.randint(1, len(base))]
        elif kind < 0.6 and len(base) < high:
            q = base + word(1, high - len(base), alphabet)
        elif kind < 0.8:
            q = base
        else:
            q = word(low, high, alphabet)
        ops.append(("search" if rng.random() < 0.5 else "startsWith", q))
    return ops


clear_data()
rng = random.Random(2701)

write("sample", [("insert", "planet"), ("search", "plan"), ("search", "planet"),
                 ("startsWith", "plan"), ("insert", "plan"), ("search", "plan")])
write("sample", [("startsWith", "a"), ("insert", "ox"), ("insert", "oxen"),
                 ("startsWith", "oxe"), ("startsWith", "oxes"), ("search", "o")])
# Edge cases: empty tree, one letter, duplicates, a word and its own prefix.
write("secret", [("search", "a"), ("startsWith", "a")])
write("secret", [("insert", "a"), ("search", "a"), ("startsWith", "a"), ("search", "b"),
                 ("startsWith", "aa"), ("search", "aa")])
write("secret", [("insert", "abc"), ("insert", "abc"), ("search", "abc"), ("search", "ab"),
                 ("startsWith", "ab"), ("startsWith", "abcd")])
write("secret", [("insert", "car"), ("insert", "cart"), ("insert", "carton"),
                 ("search", "cart"), ("search", "carto"), ("startsWith", "carto"),
                 ("search", "ca"), ("startsWith", "c"), ("search", "carton")])
write("secret", [("insert", "zzz"), ("search", "zz"), ("startsWith", "zzzz"),
                 ("insert", "zz"), ("search", "zz"), ("search", "z")])
write("secret", [("startsWith", "q"), ("insert", "q"), ("startsWith", "q"), ("search", "q")])
long_word = "a" * 60
write("secret", [("insert", long_word), ("search", "a" * 59), ("startsWith", "a" * 59),
                 ("search", long_word), ("startsWith", long_word)])
alphabet_word = string.ascii_lowercase
write("secret", [("insert", alphabet_word)] +
      [("startsWith", alphabet_word[:i]) for i in range(1, 27)] +
      [("search", alphabet_word[:i]) for i in range(1, 27)])
# Two words where one ends inside the other, inserted longer first.
write("secret", [("insert", "bandage"), ("insert", "band"), ("search", "ban"),
                 ("search", "band"), ("search", "banda"), ("startsWith", "banda")])
write("secret", [("insert", "mississippi"), ("startsWith", "missi"), ("search", "miss"),
                 ("insert", "miss"), ("search", "miss"), ("startsWith", "mississippis")])
# Queries that differ only in the last letter.
write("secret", [("insert", "abcdefgh"), ("search", "abcdefgi"), ("startsWith", "abcdefgi"),
                 ("startsWith", "abcdefg"), ("search", "abcdefgh")])
# Random small and medium cases over small alphabets (many shared prefixes).
for n, low, high, alphabet in [(30, 1, 4, "ab"), (60, 1, 6, "abc"), (100, 1, 8, "xyz"),
                               (200, 2, 10, "abcd"), (500, 1, 12, string.ascii_lowercase),
                               (1000, 3, 15, "mnop"), (2000, 1, 20, "ab")]:
    write("secret", random_ops(n, low, high, alphabet))
# Only searches after many inserts.
inserted = [word(1, 10, "abc") for _ in range(300)]
write("secret", [("insert", w) for w in inserted] +
      [("search", word(1, 10, "abc")) for _ in range(300)])
# Maximum sizes: 10^4 calls with words up to 60 letters.
write("secret", random_ops(10000, 1, 60))
write("secret", random_ops(10000, 40, 60, "ab"))
write("secret", random_ops(10000, 55, 60, "abcdefgh", insert_share=0.2))
write("secret", [("insert", "a" * (1 + i % 60)) for i in range(5000)] +
      [("search", "a" * (1 + i % 60)) if i % 2 else ("startsWith", "b" + "a" * (i % 59))
       for i in range(5000)])
write("secret", random_ops(10000, 1, 3))
