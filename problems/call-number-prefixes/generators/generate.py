# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the trie reference below, checked against a brute force.
import random


def solve(labels, queries):
    root = {}
    for w in labels:
        node = root
        for ch in w:
            node = node.setdefault(ch, {"#": 0})
            node["#"] += 1
    out = []
    for q in queries:
        node = root
        for ch in q:
            node = node.get(ch)
            if node is None:
                break
        out.append(node["#"] if node is not None else 0)
    return out


def brute(labels, queries):
    return [sum(w.startswith(q) for w in labels) for q in queries]


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


def write(kind, labels, queries):
    answer = solve(labels, queries)
    assert answer == brute(labels, queries)
    write_json_test(kind, [labels, queries], answer)


def word(alpha, low, high):
    return "".join(rng.choice(alpha) for _ in range(rng.randint(low, high)))


def random_case(n, m, alpha, low, high):
    labels = [word(alpha, low, high) for _ in range(n)]
    queries = []
    for _ in range(m):
        r = rng.random()
        if r < 0.6:  # a prefix of some label (sometimes the whole label)
            w = rng.choice(labels)
            queries.append(w[:rng.randint(1, len(w))])
        elif r < 0.75:  # a label with extra letters
            w = rng.choice(labels)
            queries.append((w + word(alpha, 1, 3))[:20])
        else:
            queries.append(word(alpha, 1, min(high, 6)))
    return labels, queries


clear_data()
rng = random.Random(17301)

write("sample", ["map", "maple", "mast", "sea"], ["ma", "map", "s", "mapl", "x"])
write("sample", ["kit", "kit", "kite"], ["kit", "kites", "k"])
# Small and edge cases.
write("secret", ["a"], ["a"])
write("secret", ["a"], ["b"])
write("secret", ["a"], ["aa"])  # the query is longer than the label
write("secret", ["z" * 20], ["z" * 20, "z", "z" * 19, "y"])
write("secret", ["abc", "abd", "ab", "b"], ["ab", "abc", "abcd", "b", "bc", "c"])
write("secret", ["same"] * 7, ["s", "same", "samex", "ame"])  # duplicates count each
write("secret", ["cat", "scatter", "concat"], ["cat", "at", "sc", "con"])  # inside != start
write("secret", ["b", "ba", "bab", "baba", "babab"], ["b", "ba", "bab", "baba", "babab", "bababa"])
write("secret", ["qq", "q"], ["q"] * 3)
write("secret", ["dog", "door", "dot", "dove"], ["do", "dog", "dogs", "dor", "d", "o"])
# Random cases.
write("secret", *random_case(10, 10, "ab", 1, 5))
write("secret", *random_case(30, 40, "abc", 1, 8))
write("secret", *random_case(50, 50, "abcdefghijklmnopqrstuvwxyz", 1, 6))
write("secret", *random_case(100, 100, "xy", 1, 12))
write("secret", *random_case(200, 150, "mnop", 2, 10))
write("secret", *random_case(300, 300, "ab", 1, 20))
# Maximum sizes: 1000 labels and 1000 queries.
write("secret", *random_case(1000, 1000, "ab", 1, 20))
write("secret", *random_case(1000, 1000, "abc", 15, 20))
write("secret", *random_case(1000, 1000, "abcdefghijklmnopqrstuvwxyz", 1, 20))
write("secret", *random_case(1000, 1000, "a", 1, 20))  # one long chain
write("secret", ["a" * 20] * 1000, ["a" * rng.randint(1, 20) for _ in range(1000)])
write("secret", [word("zyx", 20, 20) for _ in range(1000)], ["z", "y", "x", "w"] * 250)
write("secret", *random_case(1000, 1000, "qrst", 3, 9))
write("secret", [word("ab", 1, 20) for _ in range(1000)],
      [word("ab", 1, 20) for _ in range(1000)])
