# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the trie reference below.
import random

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


def answers(calls):
    root, out = {}, [None]

    def match(node, pattern, i):
        if i == len(pattern):
            return "$" in node
        if pattern[i] != "?":
            return pattern[i] in node and match(node[pattern[i]], pattern, i + 1)
        return any(match(child, pattern, i + 1) for key, child in node.items() if key != "$")

    for name, arg in calls:
        if name == "addWord":
            node = root
            for c in arg:
                node = node.setdefault(c, {})
            node["$"] = True
            out.append(None)
        else:
            out.append(match(root, arg, 0))
    return out


def write(kind, calls):
    test = {"calls": ["WildcardLexicon"] + [c for c, _ in calls],
            "args": [[]] + [[a] for _, a in calls]}
    write_test(kind, dump(test) + "\n", dump(answers(calls)) + "\n")


def word(low, high, alphabet="abcdefghijklmnopqrstuvwxyz"):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def blur(w, holes):
    w = list(w)
    for i in rng.sample(range(len(w)), min(holes, len(w))):
        w[i] = "?"
    return "".join(w)


def session(n, low, high, alphabet, p_add=0.5):
    calls, added = [], []
    for _ in range(n):
        if not added or rng.random() < p_add:
            w = word(low, high, alphabet)
            added.append(w)
            calls.append(("addWord", w))
        else:
            base = rng.choice(added) if rng.random() < 0.5 else word(low, high, alphabet)
            if rng.random() < 0.2:
                base = base[:-1] if len(base) > 1 else base + "a"  # a length off by one
            calls.append(("matches", blur(base, rng.randint(0, 3))))
    return calls


clear_data()
rng = random.Random(11701)
write("sample", [("addWord", "cat"), ("addWord", "cart"), ("matches", "c?t"), ("matches", "ca??"),
                 ("matches", "ca?"), ("matches", "?")])
write("sample", [("matches", "ab"), ("addWord", "abc"), ("matches", "ab"), ("matches", "???")])
write("secret", [("matches", "a")])
write("secret", [("addWord", "a"), ("matches", "a"), ("matches", "?"), ("matches", "??")])
write("secret", [("addWord", "z" * 25), ("matches", "z" * 24 + "?"), ("matches", "???" + "z" * 22),
                 ("matches", "z" * 24)])
write("secret", [("addWord", "abc"), ("addWord", "abc"), ("matches", "abc"), ("matches", "abd")])
write("secret", [("addWord", "bad"), ("addWord", "dad"), ("addWord", "mad"), ("matches", "pad"),
                 ("matches", "?ad"), ("matches", "b??"), ("matches", "b?"), ("matches", "??d?")])
write("secret", [("addWord", "ab"), ("addWord", "abcd"), ("matches", "abc"), ("matches", "a?c"),
                 ("matches", "ab?d"), ("matches", "?b")])
# '?' must try every child, not just the first that exists.
write("secret", [("addWord", "xa"), ("addWord", "yb"), ("matches", "?b"), ("matches", "?a"),
                 ("matches", "?c")])
write("secret", [("addWord", "aaaa"), ("matches", "a??a"), ("matches", "???b"), ("matches", "aaa")])
for n, low, high, alphabet in [(20, 1, 3, "ab"), (50, 1, 5, "abc"), (200, 2, 6, "abcde"),
                               (1000, 3, 8, "abcdefghij"), (1500, 1, 25, "abcdefghijklmnopqrstuvwxyz"),
                               (3000, 5, 5, "abc"), (500, 1, 2, "xyz"), (100, 1, 4, "ab"),
                               (400, 3, 3, "abcdefghijklmnopqrstuvwxyz"), (2000, 6, 10, "aeiou"),
                               (10, 20, 25, "ab")]:
    write("secret", session(n, low, high, alphabet))
# Largest: many short words over a small alphabet (patterns with '?' branch a lot); long
# words sharing long prefixes; queries only after all adds; and many failing queries.
N = 10**4
write("secret", session(N, 4, 6, "abcdefghijklmnopqrstuvwxyz"))
prefix = "q" * 18
write("secret", [("addWord", prefix + word(1, 7, "ab")) for _ in range(N // 4)] +
      [("matches", blur(prefix + word(1, 7, "abc"), 3)) for _ in range(N // 4)])
write("secret", [("addWord", word(8, 8, "abcd")) for _ in range(2500)] +
      [("matches", blur(word(8, 8, "abcde"), 3)) for _ in range(7500)])
write("secret", [("addWord", word(10, 12)) for _ in range(N // 4)] +
      [("matches", blur(word(10, 12), 3)) for _ in range(N // 2)] +
      [("matches", "???" + word(7, 9, "xyz")) for _ in range(100)])
