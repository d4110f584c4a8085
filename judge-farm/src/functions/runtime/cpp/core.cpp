// AlgoArena driver runtime for function-signature problems, C++17; the protocol and the
// canonical JSON rules are in judge-farm/src/functions/mod.rs. Everything lives in namespace
// aa and comes before the user's code, so the user's macros cannot reach it. Readers are
// aa::r_<type>, writers aa::w_<type> (append to a string).
namespace aa {

/// A JSON value; numbers keep their text so each reader converts them exactly.
struct J {
    enum Kind { Null, Bool, Num, Str, Arr, Obj } kind = Null;
    bool b = false;
    std::string s;
    std::vector<J> items;
    std::vector<std::string> keys;
};

[[noreturn]] inline void fail(const std::string& message) { throw std::runtime_error(message); }

struct Parser {
    const std::string& s;
    size_t i = 0;

    [[noreturn]] void error() { fail("bad test data at character " + std::to_string(i) + ": " + s); }
    void space() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++; }
    char next() { if (i >= s.size()) error(); return s[i++]; }
    void expect(const char* word) {
        size_t n = std::strlen(word);
        if (s.compare(i, n, word) != 0) error();
        i += n;
    }

    void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | cp >> 6);
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | cp >> 12);
            out += char(0x80 | (cp >> 6 & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | cp >> 18);
            out += char(0x80 | (cp >> 12 & 0x3F));
            out += char(0x80 | (cp >> 6 & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    unsigned hex4() {
        if (i + 4 > s.size()) error();
        unsigned cp = std::stoul(s.substr(i, 4), nullptr, 16);
        i += 4;
        return cp;
    }

    std::string string() {
        std::string out;
        while (true) {
            char c = next();
            if (c == '"') return out;
            if (c != '\\') { out += c; continue; }
            char e = next();
            switch (e) {
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && s.compare(i, 2, "\\u") == 0) {
                        i += 2;
                        unsigned low = hex4();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    utf8(out, cp);
                    break;
                }
                default: out += e;
            }
        }
    }

    J value() {
        space();
        if (i >= s.size()) error();
        J v;
        char c = s[i];
        if (c == '[' || c == '{') {
            bool object = c == '{';
            v.kind = object ? J::Obj : J::Arr;
            i++;
            space();
            if (i < s.size() && s[i] == (object ? '}' : ']')) { i++; return v; }
            while (true) {
                if (object) {
                    space();
                    if (next() != '"') error();
                    v.keys.push_back(string());
                    space();
                    if (next() != ':') error();
                }
                v.items.push_back(value());
                space();
                char d = next();
                if (d == (object ? '}' : ']')) return v;
                if (d != ',') error();
            }
        }
        if (c == '"') { i++; v.kind = J::Str; v.s = string(); return v; }
        if (c == 't') { expect("true"); v.kind = J::Bool; v.b = true; return v; }
        if (c == 'f') { expect("false"); v.kind = J::Bool; return v; }
        if (c == 'n') { expect("null"); return v; }
        size_t start = i;
        while (i < s.size() && std::strchr("+-.0123456789eE", s[i]) && s[i] != '\0') i++;
        if (start == i) error();
        v.kind = J::Num;
        v.s = s.substr(start, i - start);
        return v;
    }
};

inline J parse(const std::string& text) {
    Parser parser{text};
    J v = parser.value();
    parser.space();
    if (parser.i != text.size()) parser.error();
    return v;
}

inline std::string marker;
inline std::vector<std::string> tests;

/// Reads every test, then points fd 0 at /dev/null so user code cannot read them.
inline bool read_input() {
    std::string data;
    char buffer[1 << 16];
    for (ssize_t n; (n = ::read(0, buffer, sizeof buffer)) > 0;) data.append(buffer, n);
    int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) {
        ::dup2(null, 0);
        ::close(null);
    }
    size_t start = 0;
    for (bool first = true; start <= data.size(); first = false) {
        size_t end = data.find('\n', start);
        if (end == std::string::npos) end = data.size();
        std::string line = data.substr(start, end - start);
        bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
        if (first) {
            size_t a = line.find_first_not_of(" \t\r"), b = line.find_last_not_of(" \t\r");
            marker = blank ? "" : line.substr(a, b - a + 1);
        } else if (!blank) {
            tests.push_back(line);
        }
        start = end + 1;
    }
    return true;
}

inline void emit(size_t k, const std::string& result) {
    // The user's buffered output goes first so output keeps its order around the frame.
    std::cout.flush();
    std::fflush(stdout);
    std::string frame = "\n" + marker + " " + std::to_string(k) + " " + result + "\n";
    for (size_t done = 0; done < frame.size();) {
        ssize_t n = ::write(1, frame.data() + done, frame.size() - done);
        if (n <= 0) std::exit(1);
        done += n;
    }
}

inline const std::vector<J>& array(const J& v) {
    if (v.kind != J::Arr) fail("expected a JSON array");
    return v.items;
}

inline void arity(const std::vector<J>& args, size_t n) {
    if (args.size() != n) fail("expected " + std::to_string(n) + " arguments, got " + std::to_string(args.size()));
}

inline long long integer(const J& v, long long low, long long high) {
    if (v.kind != J::Num) fail("expected an integer");
    errno = 0;
    char* end = nullptr;
    long long x = std::strtoll(v.s.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || x < low || x > high) fail("expected an integer in range, got " + v.s);
    return x;
}

inline int r_int(const J& v) { return int(integer(v, INT_MIN, INT_MAX)); }
inline long long r_long(const J& v) { return integer(v, LLONG_MIN, LLONG_MAX); }

inline double r_double(const J& v) {
    if (v.kind != J::Num) fail("expected a number");
    return std::strtod(v.s.c_str(), nullptr);
}

inline bool r_bool(const J& v) {
    if (v.kind != J::Bool) fail("expected a bool");
    return v.b;
}

inline std::string r_string(const J& v) {
    if (v.kind != J::Str) fail("expected a string");
    return v.s;
}

inline char r_char(const J& v) {
    if (v.kind != J::Str || v.s.size() != 1) fail("expected a one-character string");
    return v.s[0];
}

inline void w_int(std::string& b, int v) { b += std::to_string(v); }
inline void w_long(std::string& b, long long v) { b += std::to_string(v); }
inline void w_bool(std::string& b, bool v) { b += v ? "true" : "false"; }

inline void w_string(std::string& b, const std::string& s) {
    b += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': b += "\\\""; break;
            case '\\': b += "\\\\"; break;
            case '\n': b += "\\n"; break;
            case '\r': b += "\\r"; break;
            case '\t': b += "\\t"; break;
            case '\b': b += "\\b"; break;
            case '\f': b += "\\f"; break;
            default:
                if (c < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", c);
                    b += escape;
                } else {
                    b += char(c);
                }
        }
    }
    b += '"';
}

inline void w_char(std::string& b, char c) { w_string(b, std::string(1, c)); }

/// Lays out significant digits whose value is 0.<digits> * 10^point.
inline void place(std::string& b, const std::string& digits, int point) {
    int n = int(digits.size());
    if (n <= point && point <= 21) {
        b += digits + std::string(point - n, '0') + ".0";
    } else if (0 < point && point <= 21) {
        b += digits.substr(0, point) + "." + digits.substr(point);
    } else if (-6 < point && point <= 0) {
        b += "0." + std::string(-point, '0') + digits;
    } else {
        b += digits[0];
        if (n > 1) b += "." + digits.substr(1);
        b += "e";
        b += point - 1 >= 0 ? "+" : "-";
        b += std::to_string(std::abs(point - 1));
    }
}

inline void w_double(std::string& b, double x) {
    if (std::isnan(x)) { b += "\"NaN\""; return; }
    if (std::isinf(x)) { b += x > 0 ? "\"Infinity\"" : "\"-Infinity\""; return; }
    if (x == 0) { b += std::signbit(x) ? "-0.0" : "0.0"; return; }
    if (x < 0) { b += '-'; x = -x; }
    // to_chars without a precision is the shortest round-trip form, d.ddde±xx.
    char buffer[64];
    char* end = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific).ptr;
    std::string text(buffer, end);
    size_t e = text.find('e');
    std::string digits = text.substr(0, 1) + (e > 2 ? text.substr(2, e - 2) : "");
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    place(b, digits, std::atoi(text.c_str() + e + 1) + 1);
}

inline void run_function(const std::function<std::string(const std::vector<J>&)>& solve) {
    for (size_t k = 0; k < tests.size(); k++) emit(k, solve(array(parse(tests[k]))));
}

template <typename T>
void run_design(const std::string& cls, const std::function<T*(const std::vector<J>&)>& construct,
                const std::function<std::string(T&, const std::string&, const std::vector<J>&)>& call) {
    for (size_t k = 0; k < tests.size(); k++) {
        J test = parse(tests[k]);
        const J* calls = nullptr;
        const J* args = nullptr;
        for (size_t i = 0; i < test.keys.size(); i++) {
            if (test.keys[i] == "calls") calls = &test.items[i];
            if (test.keys[i] == "args") args = &test.items[i];
        }
        if (test.kind != J::Obj || !calls || !args || array(*calls).empty() ||
            array(*calls).size() != array(*args).size() || r_string(array(*calls)[0]) != cls) {
            fail("a design test needs \"calls\" starting with " + cls + " and one \"args\" entry per call");
        }
        std::unique_ptr<T> obj(construct(array(array(*args)[0])));
        std::string out = "[null";
        for (size_t i = 1; i < calls->items.size(); i++) {
            out += ',';
            out += call(*obj, r_string(calls->items[i]), array(args->items[i]));
        }
        emit(k, out + "]");
    }
}

}  // namespace aa

// Initialized before any global of the user's code (same file, earlier definition).
[[maybe_unused]] static const bool aa_input_read = aa::read_input();
