# Checks one test input (a line of JSON arguments) against the statement's constraints,
# including the bound on the number of combinations. Exit 42 when valid, 43 otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low, high):
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def count_combinations(parts, target):
    ways = [1] + [0] * target
    for p in parts:
        for s in range(p, target + 1):
            ways[s] += ways[s - p]
    return ways[target]


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 2 or not isinstance(args[0], list):
    reject("expected a JSON array of two arguments: parts and target")
parts, target = args
if not is_int(target, 1, 40):
    reject("target must be an integer in 1..40")
if not 1 <= len(parts) <= 30 or len(set(map(str, parts))) != len(parts):
    reject("parts must hold 1..30 distinct values")
if not all(is_int(p, 1, 40) for p in parts):
    reject("every part must be an integer in 1..40")
if 1 in parts and target > 12:
    reject("a part 1 is only allowed when target <= 12")
if count_combinations(parts, target) > 2000:
    reject("more than 2000 combinations")
sys.exit(42)
