# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low, high):
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


text = sys.stdin.read()
if not text.endswith("\n") or text.count("\n") != 1:
    reject("expected exactly one line, ending with a newline")
try:
    args = json.loads(text)
except ValueError as e:
    reject(f"not JSON: {e}")
if not isinstance(args, list) or len(args) != 1 or not isinstance(args[0], list):
    reject("expected a JSON array holding one array nums")
nums = args[0]
if not 1 <= len(nums) <= 20000:
    reject(f"nums has {len(nums)} values, need 1..2*10^4")
if not all(is_int(v, -10000, 10000) for v in nums):
    reject("every value must be an integer in -10^4..10^4")
sys.exit(42)
