# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference solution below (a dict from every prefix to its top three).
import random
from collections import Counter


def solve(history, prefixes):
    counts = Counter(history)
    best = {}
    for word in sorted(counts, key=lambda w: (-counts[w], w)):
        for k in range(1, len(word) + 1):
            top = best.setdefault(word[:k], [])
            if len(top) < 3:
                top.append(word)
    return [best.get(p, []) for p in prefixes]


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


def write(kind, history, prefixes):
    write_json_test(kind, [history, prefixes], solve(history, prefixes))


clear_data()
rng = random.Random(19801)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
N = 3 * 10**4


def word(alphabet=LETTERS, low=1, high=10):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def repeated(pool, n, skew=1.0):
    """n searches drawn from pool, earlier entries of the pool more often (skew > 1)."""
    weights = [1.0 / (i + 1) ** skew for i in range(len(pool))] if skew else None
    return rng.choices(pool, weights=weights, k=n)


def typed(history, n, hit_share, low=1, high=10, alphabet=LETTERS):
    """n typed texts: prefixes of searches (hit_share of them), the rest random words."""
    out = []
    for _ in range(n):
        if rng.random() < hit_share:
            w = rng.choice(history)
            out.append(w[:rng.randint(1, len(w))])
        else:
            out.append(word(alphabet, low, high))
    return out


write("sample", ["saw", "screw", "saw", "sander", "screw", "saw", "nail", "sand"],
      ["sa", "s", "scr", "n", "hammer"])
write("sample", ["bolt", "bolt", "bolts", "bolt"], ["bolts", "b", "bolt"])
write("secret", ["a"], ["a"])
write("secret", ["a"], ["b"])
write("secret", ["abc"], ["abcd", "ab", "abc", "abcabc", "b"])
write("secret", ["z" * 10], ["z" * k for k in range(1, 11)])
# Equal counts everywhere: pure dictionary order, with prefixes of one another.
write("secret", ["door", "dove", "dog", "do", "dot", "d"], ["d", "do", "doo", "dov", "e"])
# More searches beat dictionary order; ties after the leader.
write("secret", ["zeta", "zeta", "zap", "zoo", "zoo", "zoo", "zen", "zap", "zen"],
      ["z", "ze", "za", "zo", "zz"])
# The first search made is not the first in dictionary order (first-seen tie-breaks fail).
write("secret", ["mop", "map", "mat", "mix", "max", "mud", "mad"], ["m", "ma", "mo", "mu"])
# Fewer searches of the long word, many of its prefix.
write("secret", ["ab"] * 5 + ["abcdefghij"] * 4 + ["abcde"] * 4 + ["abc"],
      ["a", "abc", "abcd", "abcdef", "abcdefghij", "abcdefghijk"[:10]])
write("secret", ["nut"] * N, ["n", "nu", "nut", "nuts", "x"])
write("secret", repeated([word("ab", 1, 4) for _ in range(20)], 50),
      typed(["ab", "ba"], 20, 0.0, 1, 4, "ab") + ["a", "b", "aa", "ab", "ba", "bb"])
pool = [word("abc", 1, 6) for _ in range(200)]
write("secret", repeated(pool, 500), typed(pool, 300, 0.7, 1, 6, "abc"))
pool = [word() for _ in range(1000)]
write("secret", repeated(pool, 2000, 0.8), typed(pool, 2000, 0.6))
pool = ["screwdri" + word("aeiou", 1, 2) for _ in range(300)]
write("secret", repeated(pool, 3000, 0.5), typed(pool, 1000, 0.9) + ["screwdri", "s"])
# Every count equal, so only the dictionary order ranks (and first-seen order is shuffled).
pool = list(dict.fromkeys(word("abcd", 1, 7) for _ in range(3000)))
rng.shuffle(pool)
write("secret", pool, typed(pool, 3000, 0.8, 1, 7, "abcd"))
# Counts that are the reverse of the dictionary order.
pool = sorted(set(word("pqr", 2, 8) for _ in range(400)))
write("secret", [w for i, w in enumerate(pool) for _ in range(1 + i % 7)],
      typed(pool, 1500, 0.9, 1, 8, "pqr"))
write("secret", [c for c in LETTERS for _ in range(ord(c) % 3 + 1)], list(LETTERS) + ["ab", "zz"])
write("secret", ["kettle", "kettles", "kettle", "key", "keys", "keys", "keg"],
      ["k", "ke", "ket", "kett", "kettle", "kettles", "key", "keyz", "keg", "kegs"])
write("secret", ["qa", "qb", "qc", "qd", "qa", "qb", "qc", "qa", "qb", "qa"], ["q"] * 5 + ["qe"])
pool = [word("xyz", 3, 5) for _ in range(2000)]
write("secret", repeated(pool, 10**4, 1.5), typed(pool, 5000, 0.9, 1, 5, "xyz"))
# Maximum sizes: 3·10^4 searches and 3·10^4 typed texts (skewed counts; then all distinct
# searches, typed texts that mostly match nothing, so scanning every search per query is slow).
pool = [word() for _ in range(8000)]
write("secret", repeated(pool, N, 1.1), typed(pool, N, 0.4))
pool = list(dict.fromkeys(word(low=7) for _ in range(N)))
write("secret", pool + [word(low=7) for _ in range(N - len(pool))], typed(pool, N, 0.05, 6, 10))
pool = [word("abc", 1, 10) for _ in range(3000)]
write("secret", repeated(pool, 10**4, 0.7), typed(pool, 5000, 0.8, 1, 10, "abc"))
write("secret", [word("ab", 10, 10) for _ in range(10**4)], typed(["b"], 5000, 0.0, 9, 10, "ab"))
pool = [word(LETTERS[:5], 1, 10) for _ in range(10**4)]
write("secret", pool, [rng.choice(LETTERS[:6]) for _ in range(3000)])
