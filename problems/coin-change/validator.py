# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
import json
import sys


def reject(why):
    print(why, file=sys.stderr)
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def read_args(arity):
    """The test's one line of JSON: an array of `arity` arguments."""
    text = sys.stdin.read()
    if not text.endswith("\n") or text.count("\n") != 1:
        reject("expected exactly one line, ending with a newline")
    try:
        args = json.loads(text)
    except ValueError as e:
        reject(f"not JSON: {e}")
    if not isinstance(args, list) or len(args) != arity:
        reject(f"expected a JSON array of {arity} arguments")
    return args


coins, amount = read_args(2)
if not isinstance(coins, list) or not 1 <= len(coins) <= 12:
    reject("coins must be an array of 1..12 values")
if not all(is_int(c) and 1 <= c <= 2**31 - 1 for c in coins):
    reject("every coin must be an integer in 1..2^31-1")
if not is_int(amount) or not 0 <= amount <= 10000:
    reject("amount must be an integer in 0..10^4")
sys.exit(42)
