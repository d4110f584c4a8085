# Writes data/ (run from the package folder: python3 generators/generate.py). Seeded, so the
# tests come out the same each time; each answer comes from the reference solution below.
import json
import random
import shutil
from pathlib import Path

def solve(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
        else:
            stack.append(c)
    return not stack


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


clear_data()

rng = random.Random(1504)
OPEN, CLOSE = "([{", ")]}"


def balanced(pairs):
    """A random balanced string of `pairs` bracket pairs."""
    out, stack = [], []
    opened = 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.5):
            k = rng.randrange(3)
            out.append(OPEN[k])
            stack.append(k)
            opened += 1
        else:
            out.append(CLOSE[stack.pop()])
    return "".join(out)


def swap_kind(s):
    """`s` with one closing bracket changed to another kind."""
    chars = list(s)
    spots = [i for i, c in enumerate(chars) if c in CLOSE]
    i = rng.choice(spots)
    chars[i] = CLOSE[(CLOSE.index(chars[i]) + 1) % 3]
    return "".join(chars)


write("sample", "{[]()}")
write("sample", "([)]")
write("sample", "((")
for s in ("(", ")", "()", ")(", "[]", "{}", "(]", "{)", "([{}])", "(){}[]", "((()))",
          "([]", "[])", "]", "}{", "([{}])]", "[({})](", "{[()()]}"):
    write("secret", s)
write("secret", balanced(20))
write("secret", swap_kind(balanced(20)))
write("secret", balanced(50000))
write("secret", swap_kind(balanced(50000)))
write("secret", "(" * 50000 + ")" * 50000)
write("secret", "(" * 50000 + ")" * 49999 + "]")
write("secret", "()" * 50000)
write("secret", "[" * 100000)
write("secret", "}" + balanced(49999) + "{")
# Counts match and every kind is balanced on its own, but the nesting crosses.
write("secret", "([" * 25000 + ")]" * 25000)
write("secret", balanced(49999) + "(")
