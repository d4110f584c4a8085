# Custom checker: check.py <input> <answer> <feedback_dir> < contestant output (the Kattis
# interface). The answer file holds one fitting alphabet, or IMPOSSIBLE when none fits. Accepts
# (exit 42) any alphabet that fits, or IMPOSSIBLE when the answer says so; else rejects (43).
import sys

ACCEPT, REJECT = 42, 43


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
        feedback.write(message + "\n")
    sys.exit(REJECT)


with open(sys.argv[1]) as f:
    data = f.read().split()
words = data[1:1 + int(data[0])]
with open(sys.argv[2]) as f:
    expected = f.read().strip()

tokens = sys.stdin.read().split()
if len(tokens) != 1:
    reject(f"expected one word on one line, got {len(tokens)} tokens")
output = tokens[0]
if expected == "IMPOSSIBLE" or output == "IMPOSSIBLE":
    if output != expected:
        reject("printed IMPOSSIBLE, but an alphabet fits" if output == "IMPOSSIBLE"
               else "an alphabet was printed, but none fits this dictionary")
    sys.exit(ACCEPT)
letters = set("".join(words))
if len(set(output)) != len(output):
    reject("a letter occurs twice in the alphabet")
if set(output) != letters:
    missing, extra = letters - set(output), set(output) - letters
    reject(f"the alphabet must hold exactly the letters of the dictionary "
           f"(missing {''.join(sorted(missing)) or '-'}, extra {''.join(sorted(extra)) or '-'})")
rank = {c: i for i, c in enumerate(output)}
for i in range(len(words) - 1):
    u, v = [rank[c] for c in words[i]], [rank[c] for c in words[i + 1]]
    if u > v:  # lexicographic on ranks, a proper prefix first
        reject(f"under this alphabet {words[i]!r} comes after {words[i + 1]!r} (words {i + 1}, {i + 2})")
sys.exit(ACCEPT)
