# AlgoArena driver runtime for function-signature problems (Python 3); the protocol and the
# canonical JSON rules are in judge-farm/src/functions/mod.rs. It runs before the user's code,
# so the tests are read and fd 0 closed before any user statement executes. Names start with
# _aa_ so they stay out of the user's way.
import json as _aa_json
import math as _aa_math
import os as _aa_os
import re as _aa_re
import sys as _aa_sys

# Kept before user code runs: frames go to the real stdout even if sys.stdout is replaced.
_aa_stdout = _aa_sys.stdout


def _aa_read_input():
    data = _aa_sys.stdin.buffer.read().decode('utf-8')
    null = _aa_os.open('/dev/null', _aa_os.O_RDONLY)
    _aa_os.dup2(null, 0)
    _aa_os.close(null)
    lines = data.split('\n')
    return lines[0].strip(), [line for line in lines[1:] if line.strip()]


_aa_marker, _aa_tests = _aa_read_input()


def _aa_emit(k, result):
    # The user's buffered prints go first so output keeps its order around the frame.
    _aa_stdout.flush()
    _aa_stdout.buffer.write(('\n%s %d %s\n' % (_aa_marker, k, result)).encode('utf-8'))
    _aa_stdout.buffer.flush()


def _aa_fail(expected, value):
    raise TypeError('expected %s, got %s %r' % (expected, type(value).__name__, value))


def _aa_arity(args, n):
    if not isinstance(args, list) or len(args) != n:
        raise ValueError('expected %d arguments, got %r' % (n, args))


# A type is its signature name ('int', 'ListNode', ...) or [element] for an array or list.
def _aa_read(t, v):
    if isinstance(t, list):
        if not isinstance(v, list):
            _aa_fail('a JSON array', v)
        return [_aa_read(t[0], x) for x in v]
    if t == 'int' or t == 'long':
        if isinstance(v, bool) or not isinstance(v, int):
            _aa_fail(t, v)
        return v
    if t == 'double':
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            _aa_fail(t, v)
        return float(v)
    if t == 'bool':
        if not isinstance(v, bool):
            _aa_fail(t, v)
        return v
    if t == 'char':
        if not isinstance(v, str) or len(v) != 1:
            _aa_fail('a one-character string', v)
        return v
    if t == 'string':
        if not isinstance(v, str):
            _aa_fail(t, v)
        return v
    if t == 'ListNode':
        return _aa_read_list_node(v)
    return _aa_read_tree_node(v)


def _aa_write(t, v):
    if isinstance(t, list):
        if v is None:
            return 'null'
        if not isinstance(v, (list, tuple)):
            _aa_fail('a list', v)
        return '[' + ','.join([_aa_write(t[0], x) for x in v]) + ']'
    if t == 'int' or t == 'long':
        if isinstance(v, bool) or not isinstance(v, int):
            _aa_fail(t, v)
        return int.__repr__(v)
    if t == 'double':
        return _aa_double(v)
    if t == 'bool':
        if not isinstance(v, bool):
            _aa_fail(t, v)
        return 'true' if v else 'false'
    if t == 'char' or t == 'string':
        if v is None:
            return 'null'
        if not isinstance(v, str):
            _aa_fail(t, v)
        return _aa_string(v)
    if t == 'ListNode':
        return _aa_write_list_node(v)
    return _aa_write_tree_node(v)


_aa_escapes = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
_aa_needs_escape = _aa_re.compile('["\\\\\x00-\x1f\ud800-\udfff]')


def _aa_string(s):
    return '"' + _aa_needs_escape.sub(
        lambda m: _aa_escapes.get(m.group()) or '\\u%04x' % ord(m.group()), s) + '"'


def _aa_double(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        _aa_fail('double', v)
    v = float(v)
    if v != v:
        return '"NaN"'
    if v in (_aa_math.inf, -_aa_math.inf):
        return '"Infinity"' if v > 0 else '"-Infinity"'
    if v == 0:
        return '-0.0' if _aa_math.copysign(1.0, v) < 0 else '0.0'
    # repr is the shortest round-trip form; only its layout is redone.
    mantissa, _, exponent = repr(abs(v)).partition('e')
    whole, _, fraction = mantissa.partition('.')
    digits = (whole + fraction).lstrip('0')
    point = len(whole) + int(exponent or 0) - (len(whole + fraction) - len(digits))
    return ('-' if v < 0 else '') + _aa_place(digits.rstrip('0'), point)


def _aa_place(digits, point):
    n = len(digits)
    if n <= point <= 21:
        return digits + '0' * (point - n) + '.0'
    if 0 < point <= 21:
        return digits[:point] + '.' + digits[point:]
    if -6 < point <= 0:
        return '0.' + '0' * -point + digits
    e = point - 1
    return digits[0] + ('.' + digits[1:] if n > 1 else '') + 'e' + ('+' if e >= 0 else '-') + str(abs(e))


def _aa_run_function(solve):
    for k, line in enumerate(_aa_tests):
        _aa_emit(k, solve(_aa_json.loads(line)))


def _aa_run_design(cls, construct, call):
    for k, line in enumerate(_aa_tests):
        test = _aa_json.loads(line)
        calls, args = test['calls'], test['args']
        if not calls or len(calls) != len(args) or calls[0] != cls:
            raise ValueError('a design test needs "calls" starting with %s and one "args" entry per call' % cls)
        obj = construct(args[0])
        results = ['null']
        for name, a in zip(calls[1:], args[1:]):
            results.append(call(obj, name, a))
        _aa_emit(k, '[' + ','.join(results) + ']')
