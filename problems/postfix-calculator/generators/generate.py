# Writes data/ (run from the package folder: python3 generators/generate.py, or
# problems/tools/package.py regen). Seeded, so the tests come out the same each time; each
# answer comes from the reference evaluation below.
import random

LOW, HIGH = -2**31, 2**31 - 1


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def solve(tokens):
    stack = []
    for t in tokens:
        if t in ("+", "-", "*", "/"):
            b, a = stack.pop(), stack.pop()
            stack.append(apply(t, a, b))
            assert LOW <= stack[-1] <= HIGH
        else:
            stack.append(int(t))
    assert len(stack) == 1
    return stack[0]


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


def write(kind, tokens):
    write_json_test(kind, [tokens], solve(tokens))


clear_data()
rng = random.Random(7001)


def expression(n, weights=(3, 3, 2, 2), low=-200, high=200, push=0.5):
    """A random valid postfix expression of about n tokens whose values stay in range: when an
    operator would overflow or divide by zero another is chosen (+ or - always fits)."""
    tokens, stack = [], []
    while len(tokens) + len(stack) < n - 1 or len(stack) > 1:
        # Each value on the stack still needs one operator: push only while that fits in n.
        if len(stack) < 2 or (len(tokens) + len(stack) < n - 2 and rng.random() < push):
            v = rng.randint(low, high)
            tokens.append(str(v))
            stack.append(v)
            continue
        b, a = stack.pop(), stack.pop()
        ops = rng.choices("+-*/", weights, k=4) + ["+", "-"]
        for op in ops:
            if op == "/" and b == 0:
                continue
            r = apply(op, a, b)
            if LOW <= r <= HIGH:
                break
        tokens.append(op)
        stack.append(r)
    return tokens


write("sample", ["5", "1", "2", "+", "4", "*", "+", "3", "-"])
write("sample", ["-7", "2", "/", "10", "*"])
write("secret", ["42"])
write("secret", ["-200"])
write("secret", ["0"])
write("secret", ["3", "4", "-"])
write("secret", ["4", "3", "-"])
write("secret", ["7", "-2", "/"])
write("secret", ["-7", "-2", "/"])
write("secret", ["1", "3", "/"])
write("secret", ["-1", "3", "/"])
write("secret", ["0", "-5", "/"])
write("secret", ["20", "-4", "-", "3", "/"])
# 200^4 = 1.6·10^9 fits; so does the bound itself.
write("secret", ["200", "200", "*", "200", "*", "200", "*"])
write("secret", ["-200", "200", "*", "200", "*", "200", "*", "-200", "/", "-1", "-", "47", "+"])
write("secret", ["2", "3", "4", "5", "6", "-", "-", "-", "-"])
write("secret", ["2", "3", "-", "4", "-", "5", "-", "6", "-"])
write("secret", expression(15))
write("secret", expression(60))
write("secret", expression(300, (1, 1, 4, 4)))
write("secret", expression(1000))
# Maximum sizes: deep stacks, long chains, mostly division, mostly multiplication.
write("secret", expression(10000))
write("secret", expression(9999, push=0.95))
write("secret", expression(10000, (1, 1, 0, 8)))
write("secret", expression(10000, (1, 1, 8, 0), low=-3, high=3))
write("secret", expression(10000, push=0.2))
write("secret", [str(rng.randint(1, 200)) for _ in range(5000)] + ["-"] * 4999)
