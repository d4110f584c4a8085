# Custom checker: check.py <input> <answer> <feedback_dir> < contestant output (the Kattis
# interface). The answer file holds one valid order, or IMPOSSIBLE when none exists. Accepts
# (exit 42) any rearrangement of the input with no two equal neighbours, or IMPOSSIBLE when the
# answer says so; else rejects (43).
import sys
from collections import Counter

ACCEPT, REJECT = 42, 43


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
        feedback.write(message + "\n")
    sys.exit(REJECT)


with open(sys.argv[1]) as f:
    s = f.read().strip()
with open(sys.argv[2]) as f:
    possible = f.read().strip() != "IMPOSSIBLE"

tokens = sys.stdin.read().split()
if len(tokens) != 1:
    reject(f"expected one word, got {len(tokens)}")
out = tokens[0]
if out == "IMPOSSIBLE":
    if possible:
        reject("printed IMPOSSIBLE, but an order exists")
    sys.exit(ACCEPT)
if not possible:
    reject("printed an order, but none exists")
if len(out) != len(s) or Counter(out) != Counter(s):
    reject("the output is not a rearrangement of the input")
for i in range(1, len(out)):
    if out[i] == out[i - 1]:
        reject(f"positions {i - 1} and {i} hold the same letter {out[i]!r}")
sys.exit(ACCEPT)
