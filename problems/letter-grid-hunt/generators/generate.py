# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the trie search below (checked against a per-word search on small tests).
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


def hunt(grid, words):
    root = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node["$"] = w
    rows, cols, found = len(grid), len(grid[0]), set()
    g = [row[:] for row in grid]

    def dfs(r, c, node):
        ch = g[r][c]
        nxt = node.get(ch)
        if nxt is None:
            return
        if "$" in nxt:
            found.add(nxt["$"])
        g[r][c] = "#"
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols and g[rr][cc] != "#":
                dfs(rr, cc, nxt)
        g[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root)
    return sorted(found)


def on_grid(grid, w):
    rows, cols = len(grid), len(grid[0])

    def go(r, c, i, used):
        if grid[r][c] != w[i]:
            return False
        if i == len(w) - 1:
            return True
        used.add((r, c))
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols and (rr, cc) not in used and go(rr, cc, i + 1, used):
                return True
        used.discard((r, c))
        return False
    return any(go(r, c, 0, set()) for r in range(rows) for c in range(cols))


def write(kind, grid, words):
    answer = hunt(grid, words)
    if len(words) <= 30:
        assert answer == sorted(w for w in words if on_grid(grid, w)), (grid, words)
    write_json_test(kind, [grid, words], answer)


def random_grid(r, c, alphabet):
    return [[rng.choice(alphabet) for _ in range(c)] for _ in range(r)]


def traced(grid, length):
    """A word read along a random self-avoiding path of the grid (shorter if it gets stuck)."""
    rows, cols = len(grid), len(grid[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    path, used = [grid[r][c]], {(r, c)}
    while len(path) < length:
        options = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in used]
        if not options:
            break
        r, c = rng.choice(options)
        used.add((r, c))
        path.append(grid[r][c])
    return "".join(path)


def word_list(grid, n, alphabet, max_len=10):
    words = set()
    while len(words) < n:
        length = rng.randint(1, max_len)
        if rng.random() < 0.5:
            words.add(traced(grid, length))
        else:
            words.add("".join(rng.choice(alphabet) for _ in range(length)))
    out = sorted(words)
    rng.shuffle(out)
    return out


def grid_of(rows):
    return [list(row) for row in rows]


clear_data()
rng = random.Random(12301)
write("sample", grid_of(["sta", "ear", "nte"]), ["star", "rate", "seat", "tear", "ants", "eat"])
write("sample", grid_of(["ab", "cd"]), ["abdc", "abc", "aa"])
write("secret", grid_of(["a"]), ["a"])
write("secret", grid_of(["a"]), ["b", "aa"])
write("secret", grid_of(["aa"]), ["aa", "aaa", "a"])
write("secret", grid_of(["ab", "ba"]), ["abab", "aba", "abba", "baba", "aabb"])
write("secret", grid_of(["abc", "def", "ghi"]), ["abcfihgdeb", "abcfihgde", "aei", "adg", "beh", "cfi"])
# A word that is on the grid along several paths must be reported once.
write("secret", grid_of(["aaa", "aaa", "aaa"]), ["a", "aa", "aaaaaaaaa", "aaaaaaaaaa", "b"])
write("secret", grid_of(["xyzxy"]), ["xyzxy", "yzx", "zyx", "xyzy", "yxzy"])
write("secret", grid_of(["q", "w", "e", "r"]), ["qwer", "rewq", "qwe", "wer", "qer"])
write("secret", grid_of(["oath", "etae", "ihkr", "iflv"]), ["oath", "pea", "eat", "rain", "hike", "tea", "kit"])
write("secret", grid_of(["ab", "cd"]), ["a", "b", "c", "d", "ad", "bc", "abdca", "acdb"])
write("secret", grid_of(["zzzzzzzzzz"] * 10), ["z" * 10, "zz", "y", "zzzzzzzzy"])
for r, c, alphabet, n in [(3, 4, "abcd", 20), (4, 4, "abcdefgh", 30), (4, 5, "abcde", 200),
                          (6, 8, "etaoinshr", 500), (12, 12, "abcdefghijklmnopqrstuvwxyz", 1000),
                          (4, 4, "ab", 1000), (12, 1, "abc", 100), (1, 12, "abc", 100)]:
    grid = random_grid(r, c, alphabet)
    write("secret", grid, word_list(grid, n, alphabet))
# Largest: 12 × 12 grids with 10^4 words over a mid-sized alphabet (deep trie walks), a
# small grid of one letter (every path is a prefix), and a common-letter mix.
grid = random_grid(12, 12, "abcdef")
write("secret", grid, word_list(grid, 10**4, "abcdef"))
grid = [["a"] * 4 for _ in range(4)]
write("secret", grid, ["a" * k for k in range(1, 11)] + ["a" * k + "b" for k in range(0, 10)])
grid = random_grid(12, 12, "etaoinshrdlu")
write("secret", grid, word_list(grid, 10**4, "etaoinshrdlu"))
grid = random_grid(12, 12, "abcdefghijklmnopqrstuvwxyz")
write("secret", grid, word_list(grid, 10**4, "abcdefghijklmnopqrstuvwxyz"))
