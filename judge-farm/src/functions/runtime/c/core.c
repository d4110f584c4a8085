// AlgoArena driver runtime for function-signature problems, C17; the protocol and the canonical
// JSON rules are in judge-farm/src/functions/mod.rs. C has no namespaces: every name here starts
// with aa_ (a prefix signatures may not use) and is static, and the whole runtime comes before
// the user's code. Readers are aa_r_<type>, writers aa_w_<type> (append to an aa_B buffer).
// Values are never freed: a run is one short process, and the user may return (parts of) its
// arguments.

enum aa_Kind { AA_NULL, AA_BOOL, AA_NUM, AA_STR, AA_ARR, AA_OBJ };

/// A JSON value; numbers keep their text so each reader converts them exactly, strings their
/// length (a string may hold U+0000).
typedef struct aa_J {
    enum aa_Kind kind;
    bool b;
    char* s;
    size_t len;
    struct aa_J* items;
    char** keys;
    size_t n;
} aa_J;

/// A growing output buffer.
typedef struct {
    char* data;
    size_t len, cap;
} aa_B;

__attribute__((noreturn, format(printf, 1, 2))) static inline void aa_fail(const char* format, ...) {
    fflush(stdout);
    va_list args;
    va_start(args, format);
    fputs("AlgoArena driver: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(1);
}

static inline void* aa_alloc(size_t size) {
    void* p = calloc(1, size ? size : 1);
    if (!p) aa_fail("out of memory");
    return p;
}

static inline void aa_put_n(aa_B* b, const char* s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) cap *= 2;
        b->data = realloc(b->data, cap);
        if (!b->data) aa_fail("out of memory");
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static inline void aa_put(aa_B* b, const char* s) { aa_put_n(b, s, strlen(s)); }
static inline void aa_putc(aa_B* b, char c) { aa_put_n(b, &c, 1); }

typedef struct {
    const char* s;
    size_t n, i;
} aa_P;

__attribute__((noreturn)) static inline void aa_parse_error(const aa_P* p) {
    aa_fail("bad test data at character %zu: %.*s", p->i, (int) p->n, p->s);
}

static inline void aa_space(aa_P* p) {
    while (p->i < p->n && strchr(" \t\r\n", p->s[p->i]) && p->s[p->i] != '\0') p->i++;
}

static inline char aa_next(aa_P* p) {
    if (p->i >= p->n) aa_parse_error(p);
    return p->s[p->i++];
}

static inline void aa_expect(aa_P* p, const char* word) {
    size_t n = strlen(word);
    if (p->n - p->i < n || memcmp(p->s + p->i, word, n) != 0) aa_parse_error(p);
    p->i += n;
}

static inline void aa_utf8(aa_B* out, unsigned cp) {
    if (cp < 0x80) {
        aa_putc(out, (char) cp);
    } else if (cp < 0x800) {
        aa_putc(out, (char) (0xC0 | cp >> 6));
        aa_putc(out, (char) (0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        aa_putc(out, (char) (0xE0 | cp >> 12));
        aa_putc(out, (char) (0x80 | (cp >> 6 & 0x3F)));
        aa_putc(out, (char) (0x80 | (cp & 0x3F)));
    } else {
        aa_putc(out, (char) (0xF0 | cp >> 18));
        aa_putc(out, (char) (0x80 | (cp >> 12 & 0x3F)));
        aa_putc(out, (char) (0x80 | (cp >> 6 & 0x3F)));
        aa_putc(out, (char) (0x80 | (cp & 0x3F)));
    }
}

static inline unsigned aa_hex4(aa_P* p) {
    if (p->n - p->i < 4) aa_parse_error(p);
    unsigned cp = 0;
    for (int k = 0; k < 4; k++) {
        char c = p->s[p->i++];
        int d = isdigit((unsigned char) c) ? c - '0'
                : (c >= 'a' && c <= 'f')   ? c - 'a' + 10
                : (c >= 'A' && c <= 'F')   ? c - 'A' + 10
                                           : -1;
        if (d < 0) aa_parse_error(p);
        cp = cp * 16 + (unsigned) d;
    }
    return cp;
}

static inline void aa_string(aa_P* p, aa_J* v) {
    aa_B out = {0};
    aa_put_n(&out, "", 0);
    for (;;) {
        char c = aa_next(p);
        if (c == '"') break;
        if (c != '\\') {
            aa_putc(&out, c);
            continue;
        }
        char e = aa_next(p);
        switch (e) {
            case 'b': aa_putc(&out, '\b'); break;
            case 'f': aa_putc(&out, '\f'); break;
            case 'n': aa_putc(&out, '\n'); break;
            case 'r': aa_putc(&out, '\r'); break;
            case 't': aa_putc(&out, '\t'); break;
            case 'u': {
                unsigned cp = aa_hex4(p);
                if (cp >= 0xD800 && cp < 0xDC00 && p->n - p->i >= 2 && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u') {
                    p->i += 2;
                    unsigned low = aa_hex4(p);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                aa_utf8(&out, cp);
                break;
            }
            default: aa_putc(&out, e);
        }
    }
    v->kind = AA_STR;
    v->s = out.data;
    v->len = out.len;
}

static inline void aa_value(aa_P* p, aa_J* v) {
    aa_space(p);
    if (p->i >= p->n) aa_parse_error(p);
    memset(v, 0, sizeof *v);
    char c = p->s[p->i];
    if (c == '[' || c == '{') {
        bool object = c == '{';
        char close = object ? '}' : ']';
        size_t cap = 0;
        v->kind = object ? AA_OBJ : AA_ARR;
        p->i++;
        aa_space(p);
        if (p->i < p->n && p->s[p->i] == close) {
            p->i++;
            return;
        }
        for (;;) {
            if (v->n == cap) {
                cap = cap ? cap * 2 : 4;
                v->items = realloc(v->items, cap * sizeof *v->items);
                v->keys = realloc(v->keys, cap * sizeof *v->keys);
                if (!v->items || !v->keys) aa_fail("out of memory");
            }
            v->keys[v->n] = NULL;
            if (object) {
                aa_J key;
                aa_space(p);
                if (aa_next(p) != '"') aa_parse_error(p);
                aa_string(p, &key);
                v->keys[v->n] = key.s;
                aa_space(p);
                if (aa_next(p) != ':') aa_parse_error(p);
            }
            aa_value(p, &v->items[v->n++]);
            aa_space(p);
            char d = aa_next(p);
            if (d == close) return;
            if (d != ',') aa_parse_error(p);
        }
    }
    if (c == '"') {
        p->i++;
        aa_string(p, v);
        return;
    }
    if (c == 't') {
        aa_expect(p, "true");
        v->kind = AA_BOOL;
        v->b = true;
        return;
    }
    if (c == 'f') {
        aa_expect(p, "false");
        v->kind = AA_BOOL;
        return;
    }
    if (c == 'n') {
        aa_expect(p, "null");
        return;
    }
    size_t start = p->i;
    while (p->i < p->n && p->s[p->i] != '\0' && strchr("+-.0123456789eE", p->s[p->i])) p->i++;
    if (start == p->i) aa_parse_error(p);
    v->kind = AA_NUM;
    v->len = p->i - start;
    v->s = aa_alloc(v->len + 1);
    memcpy(v->s, p->s + start, v->len);
}

static inline aa_J aa_parse(const char* text, size_t n) {
    aa_P p = {text, n, 0};
    aa_J v;
    aa_value(&p, &v);
    aa_space(&p);
    if (p.i != n) aa_parse_error(&p);
    return v;
}

static char* aa_marker = "";
static char** aa_tests;
static size_t* aa_test_lengths;
static size_t aa_test_count;

static inline bool aa_blank(const char* s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return false;
    return true;
}

/// Reads every test, then points fd 0 at /dev/null so user code cannot read them. A
/// constructor: it runs before main and before the user's own constructors (earlier in the
/// file, lowest priority a program may use).
__attribute__((constructor(101))) static void aa_read_input(void) {
    aa_B data = {0};
    char buffer[1 << 16];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, stdin)) > 0;) aa_put_n(&data, buffer, n);
    // glibc's freopen keeps the stream's descriptor: fd 0 itself now reads /dev/null.
    if (!freopen("/dev/null", "r", stdin)) aa_fail("cannot close stdin");
    size_t cap = 0;
    bool first = true;
    for (size_t start = 0; start <= data.len;) {
        const char* line = data.data ? data.data + start : "";
        const char* newline = memchr(line, '\n', data.len - start);
        size_t n = newline ? (size_t) (newline - line) : data.len - start;
        if (first) {
            size_t a = 0, b = n;
            while (a < b && strchr(" \t\r", line[a])) a++;
            while (b > a && strchr(" \t\r", line[b - 1])) b--;
            aa_marker = aa_alloc(b - a + 1);
            memcpy(aa_marker, line + a, b - a);
            first = false;
        } else if (!aa_blank(line, n)) {
            if (aa_test_count == cap) {
                cap = cap ? cap * 2 : 16;
                aa_tests = realloc(aa_tests, cap * sizeof *aa_tests);
                aa_test_lengths = realloc(aa_test_lengths, cap * sizeof *aa_test_lengths);
                if (!aa_tests || !aa_test_lengths) aa_fail("out of memory");
            }
            aa_tests[aa_test_count] = (char*) line;
            aa_test_lengths[aa_test_count++] = n;
        }
        start += n + 1;
    }
}

static inline void aa_emit(size_t k, const aa_B* result) {
    // The user's buffered output goes first so output keeps its order around the frame.
    fflush(stdout);
    printf("\n%s %zu %s\n", aa_marker, k, result->data ? result->data : "");
    if (fflush(stdout) != 0) exit(1);
}

static inline const aa_J* aa_array(const aa_J* v) {
    if (v->kind != AA_ARR) aa_fail("expected a JSON array");
    return v;
}

static inline void aa_arity(const aa_J* args, size_t n) {
    if (aa_array(args)->n != n) aa_fail("expected %zu arguments, got %zu", n, args->n);
}

static inline long long aa_integer(const aa_J* v, long long low, long long high) {
    if (v->kind != AA_NUM) aa_fail("expected an integer");
    errno = 0;
    char* end = NULL;
    long long x = strtoll(v->s, &end, 10);
    if (errno != 0 || *end != '\0' || x < low || x > high) aa_fail("expected an integer in range, got %s", v->s);
    return x;
}

static inline int aa_r_int(const aa_J* v) { return (int) aa_integer(v, INT_MIN, INT_MAX); }
static inline long long aa_r_long(const aa_J* v) { return aa_integer(v, LLONG_MIN, LLONG_MAX); }

static inline double aa_r_double(const aa_J* v) {
    if (v->kind != AA_NUM) aa_fail("expected a number");
    return strtod(v->s, NULL);
}

static inline bool aa_r_bool(const aa_J* v) {
    if (v->kind != AA_BOOL) aa_fail("expected a bool");
    return v->b;
}

static inline char* aa_r_string(const aa_J* v) {
    if (v->kind != AA_STR) aa_fail("expected a string");
    // A C string ends at its first NUL: one inside would silently cut the value short.
    if (memchr(v->s, '\0', v->len)) aa_fail("a string holding U+0000 cannot be passed to C");
    return v->s;
}

static inline char aa_r_char(const aa_J* v) {
    if (v->kind != AA_STR || v->len != 1) aa_fail("expected a one-character string");
    return v->s[0];
}

static inline void aa_w_int(aa_B* b, int v) {
    char text[16];
    snprintf(text, sizeof text, "%d", v);
    aa_put(b, text);
}

static inline void aa_w_long(aa_B* b, long long v) {
    char text[24];
    snprintf(text, sizeof text, "%lld", v);
    aa_put(b, text);
}

static inline void aa_w_bool(aa_B* b, bool v) { aa_put(b, v ? "true" : "false"); }

static inline void aa_w_bytes(aa_B* b, const char* s, size_t n) {
    aa_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char) s[i];
        switch (c) {
            case '"': aa_put(b, "\\\""); break;
            case '\\': aa_put(b, "\\\\"); break;
            case '\n': aa_put(b, "\\n"); break;
            case '\r': aa_put(b, "\\r"); break;
            case '\t': aa_put(b, "\\t"); break;
            case '\b': aa_put(b, "\\b"); break;
            case '\f': aa_put(b, "\\f"); break;
            default:
                if (c < 0x20) {
                    char escape[8];
                    snprintf(escape, sizeof escape, "\\u%04x", c);
                    aa_put(b, escape);
                } else {
                    aa_putc(b, (char) c);
                }
        }
    }
    aa_putc(b, '"');
}

static inline void aa_w_string(aa_B* b, const char* s) {
    if (s == NULL) {
        aa_put(b, "null");
    } else {
        aa_w_bytes(b, s, strlen(s));
    }
}

static inline void aa_w_char(aa_B* b, char c) { aa_w_bytes(b, &c, 1); }

/// Lays out significant digits whose value is 0.<digits> * 10^point.
static inline void aa_place(aa_B* b, const char* digits, int point) {
    int n = (int) strlen(digits);
    if (n <= point && point <= 21) {
        aa_put(b, digits);
        for (int i = n; i < point; i++) aa_putc(b, '0');
        aa_put(b, ".0");
    } else if (0 < point && point <= 21) {
        aa_put_n(b, digits, (size_t) point);
        aa_putc(b, '.');
        aa_put(b, digits + point);
    } else if (-6 < point && point <= 0) {
        aa_put(b, "0.");
        for (int i = 0; i < -point; i++) aa_putc(b, '0');
        aa_put(b, digits);
    } else {
        char text[16];
        aa_putc(b, digits[0]);
        if (n > 1) {
            aa_putc(b, '.');
            aa_put(b, digits + 1);
        }
        snprintf(text, sizeof text, "e%c%d", point - 1 >= 0 ? '+' : '-', abs(point - 1));
        aa_put(b, text);
    }
}

static inline void aa_w_double(aa_B* b, double x) {
    if (isnan(x)) {
        aa_put(b, "\"NaN\"");
        return;
    }
    if (isinf(x)) {
        aa_put(b, x > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        return;
    }
    if (x == 0) {
        aa_put(b, signbit(x) ? "-0.0" : "0.0");
        return;
    }
    if (x < 0) {
        aa_putc(b, '-');
        x = -x;
    }
    // The fewest significant digits that read back as x; printf rounds correctly, so at that
    // length it gives the closest digits.
    char text[40];
    for (int precision = 0; precision < 17; precision++) {
        snprintf(text, sizeof text, "%.*e", precision, x);
        if (strtod(text, NULL) == x) break;
    }
    char digits[24];
    size_t d = 0;
    char* e = strchr(text, 'e');
    for (char* c = text; c < e; c++)
        if (*c != '.') digits[d++] = *c;
    while (d > 1 && digits[d - 1] == '0') d--;
    digits[d] = '\0';
    aa_place(b, digits, atoi(e + 1) + 1);
}

typedef void (*aa_Solve)(const aa_J* args, aa_B* out);

static inline void aa_run_function(aa_Solve solve) {
    for (size_t k = 0; k < aa_test_count; k++) {
        aa_J test = aa_parse(aa_tests[k], aa_test_lengths[k]);
        aa_B out = {0};
        solve(aa_array(&test), &out);
        aa_emit(k, &out);
        free(out.data);
    }
}

static inline const aa_J* aa_member(const aa_J* object, const char* key) {
    for (size_t i = 0; i < object->n; i++)
        if (object->keys[i] && strcmp(object->keys[i], key) == 0) return &object->items[i];
    return NULL;
}

typedef void* (*aa_Construct)(const aa_J* args);
typedef void (*aa_Call)(void* obj, const char* name, const aa_J* args, aa_B* out);
typedef void (*aa_Destroy)(void* obj);

static inline void aa_run_design(const char* cls, aa_Construct construct, aa_Call call, aa_Destroy destroy) {
    for (size_t k = 0; k < aa_test_count; k++) {
        aa_J test = aa_parse(aa_tests[k], aa_test_lengths[k]);
        const aa_J* calls = test.kind == AA_OBJ ? aa_member(&test, "calls") : NULL;
        const aa_J* args = test.kind == AA_OBJ ? aa_member(&test, "args") : NULL;
        if (!calls || !args || aa_array(calls)->n == 0 || aa_array(args)->n != calls->n ||
            strcmp(aa_r_string(&calls->items[0]), cls) != 0) {
            aa_fail("a design test needs \"calls\" starting with %s and one \"args\" entry per call", cls);
        }
        void* obj = construct(aa_array(&args->items[0]));
        aa_B out = {0};
        aa_put(&out, "[null");
        for (size_t i = 1; i < calls->n; i++) {
            aa_putc(&out, ',');
            call(obj, aa_r_string(&calls->items[i]), aa_array(&args->items[i]), &out);
        }
        aa_putc(&out, ']');
        destroy(obj);
        aa_emit(k, &out);
        free(out.data);
    }
}
