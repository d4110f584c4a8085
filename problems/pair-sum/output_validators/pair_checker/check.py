# Kattis output validator: check.py <input> <answer> <feedback_dir> < contestant output.
# Accepts any two different positions whose values add up to the target (exit 42), else 43.
import sys

ACCEPT, REJECT = 42, 43


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
        feedback.write(message + "\n")
    sys.exit(REJECT)


with open(sys.argv[1]) as f:
    numbers = f.read().split()
n, target = int(numbers[0]), int(numbers[1])
values = [int(x) for x in numbers[2:2 + n]]
tokens = sys.stdin.read().split()
if len(tokens) != 2:
    reject(f"expected two positions, got {len(tokens)} tokens")
try:
    i, j = int(tokens[0]), int(tokens[1])
except ValueError:
    reject("the positions must be integers")
if not (1 <= i <= n and 1 <= j <= n) or i == j:
    reject(f"positions {i} and {j} must be different and within 1..{n}")
if values[i - 1] + values[j - 1] != target:
    reject(f"a_{i} + a_{j} = {values[i - 1] + values[j - 1]}, not {target}")
sys.exit(ACCEPT)
