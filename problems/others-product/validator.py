# Checks one test input (a line of JSON arguments): 2..2·10^4 integers in -100..100 whose
# prefix and suffix products, and every answer, stay within ±(2^53 - 1). Exit 42 when valid, 43 otherwise.
import sys

# --- shared: validate.py (problems/tools/lib; `package.py sync` rewrites it) ---
# Validator basics: exit 42 accepts the test on stdin, 43 (reject) refuses it; JSON lines.
import json
import sys


def reject(why):
    """Rejects the test: the reason on stderr, exit 43."""
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v, low=None, high=None):
    """Whether v is a JSON integer (not a boolean), within low..high when they are given."""
    return (isinstance(v, int) and not isinstance(v, bool)
            and (low is None or low <= v) and (high is None or v <= high))


def read_json_line():
    """The test's one line of JSON, parsed."""
    text = sys.stdin.read()
    if not text.endswith("\n") or text.count("\n") != 1:
        reject("expected exactly one line, ending with a newline")
    try:
        return json.loads(text)
    except ValueError as e:
        reject(f"not JSON: {e}")


def read_args(arity):
    """A function problem's test: one line of JSON, an array of `arity` arguments."""
    args = read_json_line()
    if not isinstance(args, list) or len(args) != arity:
        reject(f"expected a JSON array of {arity} arguments")
    return args
# --- end shared: validate.py ---

(nums,) = read_args(1)
if not isinstance(nums, list) or not 2 <= len(nums) <= 2 * 10**4:
    reject("nums must be an array of 2..2·10^4 integers")
if not all(is_int(v, -100, 100) for v in nums):
    reject("every number must be an integer in -100..100")

def prefixes(values):
    out, p = [], 1
    for v in values:
        out.append(p)
        p *= v
    return out + [p]


left, right = prefixes(nums), prefixes(nums[::-1])[::-1]
LIMIT = 2**53 - 1
if not all(abs(p) <= LIMIT for p in left + right):
    reject("a prefix or suffix product is beyond 2^53 - 1")
if not all(abs(left[i] * right[i + 1]) <= LIMIT for i in range(len(nums))):
    reject("an answer is beyond 2^53 - 1")
sys.exit(42)
