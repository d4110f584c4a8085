# Checks one test input (a line of JSON arguments) against the statement's constraints.
# Exit 42 when valid, 43 with the reason on stderr otherwise.
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


n, existing, offers = read_args(3)
if not is_int(n, 1, 3000):
    reject("n must be an integer in 1..3000")
if not isinstance(existing, list) or len(existing) > 3000:
    reject("existing must be an array of at most 3000 links")
if not isinstance(offers, list) or len(offers) > 10000:
    reject("offers must be an array of at most 10^4 offers")
for i, link in enumerate(existing):
    if not (isinstance(link, list) and len(link) == 2 and all(is_int(v, 0, n - 1) for v in link)
            and link[0] != link[1]):
        reject(f"existing[{i}] = {link!r}: need [a, b] with 0 <= a, b < n, a != b")
for j, offer in enumerate(offers):
    if not (isinstance(offer, list) and len(offer) == 3
            and all(is_int(v, 0, n - 1) for v in offer[:2]) and offer[0] != offer[1]
            and is_int(offer[2], 1, 100000)):
        reject(f"offers[{j}] = {offer!r}: need [a, b, price] with 0 <= a, b < n, a != b, "
               "1 <= price <= 10^5")
sys.exit(42)
