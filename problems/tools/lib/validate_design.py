# A design problem's test: the constructor, then method calls (needs validate.py).


def read_design(constructor, max_calls, max_calls_text, no_constructor_args=False):
    """A design problem's test, {"calls": [...], "args": [...]}: the constructor first and only
    there, then 1..max_calls method calls. Returns (the constructor's arguments, the method
    calls as (index, name, arguments))."""
    test = read_json_line()
    if not isinstance(test, dict) or set(test) != {"calls", "args"}:
        reject('expected {"calls": [...], "args": [...]}')
    calls, args = test["calls"], test["args"]
    if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
        reject("calls and args must be arrays of the same length")
    if not all(isinstance(a, list) for a in args):
        reject("each call's arguments must be an array")
    if not calls or calls[0] != constructor or constructor in calls[1:]:
        reject("the first call, and only it, must be the constructor")
    if no_constructor_args and args[0] != []:
        reject("the constructor takes no arguments")
    if not 1 <= len(calls) - 1 <= max_calls:
        reject(f"{len(calls) - 1} method calls, need 1..{max_calls_text}")
    return args[0], [(i, name, a) for i, (name, a) in enumerate(zip(calls[1:], args[1:]), 1)]
