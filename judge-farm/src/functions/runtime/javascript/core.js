// AlgoArena driver runtime for function-signature problems, JavaScript (also compiled as
// TypeScript, so plain JavaScript only); the protocol and the canonical JSON rules are in
// judge-farm/src/functions/mod.rs. It runs before the user's code, so the tests are read and
// fd 0 closed before any user statement executes. Names start with __aa_.
const __aa_fs = require('fs');

const __aa_input = (() => {
    const data = __aa_fs.readFileSync(0, 'utf8');
    // Node has no dup2: after closing fd 0 the next open takes the lowest free descriptor, 0.
    __aa_fs.closeSync(0);
    __aa_fs.openSync('/dev/null', 'r');
    const lines = data.split('\n');
    return { marker: lines[0].trim(), tests: lines.slice(1).filter((line) => line.trim() !== '') };
})();

function __aa_emit(k, result) {
    // Synchronous, like console.log on files and pipes, so output keeps its order.
    __aa_fs.writeSync(1, '\n' + __aa_input.marker + ' ' + k + ' ' + result + '\n');
}

function __aa_fail(expected, value) {
    throw new TypeError('expected ' + expected + ', got ' + JSON.stringify(value));
}

function __aa_arity(args, n) {
    if (!Array.isArray(args) || args.length !== n) {
        throw new Error('expected ' + n + ' arguments, got ' + JSON.stringify(args));
    }
}

// A type is its signature name ('int', 'ListNode', ...) or [element] for an array or list.
function __aa_read(t, v) {
    if (Array.isArray(t)) {
        if (!Array.isArray(v)) __aa_fail('a JSON array', v);
        return v.map((x) => __aa_read(t[0], x));
    }
    switch (t) {
        case 'int':
        case 'long':
            if (!Number.isInteger(v)) __aa_fail(t, v);
            return v;
        case 'double':
            if (typeof v !== 'number') __aa_fail(t, v);
            return v;
        case 'bool':
            if (typeof v !== 'boolean') __aa_fail(t, v);
            return v;
        case 'char':
            if (typeof v !== 'string' || v.length !== 1) __aa_fail('a one-character string', v);
            return v;
        case 'string':
            if (typeof v !== 'string') __aa_fail(t, v);
            return v;
        case 'ListNode':
            return __aa_read_list_node(v);
        default:
            return __aa_read_tree_node(v);
    }
}

function __aa_write(t, v) {
    if (Array.isArray(t)) {
        if (v === null || v === undefined) return 'null';
        if (ArrayBuffer.isView(v)) v = Array.from(v);
        if (!Array.isArray(v)) __aa_fail('an array', v);
        return '[' + v.map((x) => __aa_write(t[0], x)).join(',') + ']';
    }
    switch (t) {
        case 'int':
        case 'long':
            if (typeof v === 'bigint') return v.toString();
            if (!Number.isInteger(v)) __aa_fail(t, v);
            // BigInt prints every digit, where String(1e21) would switch to an exponent.
            return BigInt(v).toString();
        case 'double':
            return __aa_double(v);
        case 'bool':
            if (typeof v !== 'boolean') __aa_fail(t, v);
            return v ? 'true' : 'false';
        case 'char':
        case 'string':
            if (v === null || v === undefined) return 'null';
            if (typeof v !== 'string') __aa_fail(t, v);
            // JSON.stringify's escapes are exactly the canonical ones.
            return JSON.stringify(v);
        case 'ListNode':
            return __aa_write_list_node(v);
        default:
            return __aa_write_tree_node(v);
    }
}

function __aa_double(v) {
    if (typeof v !== 'number') __aa_fail('double', v);
    if (Number.isNaN(v)) return '"NaN"';
    if (!Number.isFinite(v)) return v > 0 ? '"Infinity"' : '"-Infinity"';
    if (Object.is(v, -0)) return '-0.0';
    // Number.prototype.toString is the canonical layout, except that integers get ".0".
    const s = String(v);
    return /^-?\d+$/.test(s) ? s + '.0' : s;
}

function __aa_run_function(solve) {
    __aa_input.tests.forEach((line, k) => __aa_emit(k, solve(JSON.parse(line))));
}

function __aa_run_design(cls, construct, call) {
    __aa_input.tests.forEach((line, k) => {
        const test = JSON.parse(line);
        const calls = test.calls, args = test.args;
        if (!Array.isArray(calls) || !Array.isArray(args) || calls.length === 0 ||
            calls.length !== args.length || calls[0] !== cls) {
            throw new Error('a design test needs "calls" starting with ' + cls + ' and one "args" entry per call');
        }
        const obj = construct(args[0]);
        const results = ['null'];
        for (let i = 1; i < calls.length; i++) results.push(call(obj, calls[i], args[i]));
        __aa_emit(k, '[' + results.join(',') + ']');
    });
}
