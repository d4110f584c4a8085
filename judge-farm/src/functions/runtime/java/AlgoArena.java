// AlgoArena driver runtime for function-signature problems, Java; the protocol and the
// canonical JSON rules are in judge-farm/src/functions/mod.rs. The generated `Main` extends
// this class, so its glue calls the readers r_<type> and writers w_<type> unqualified.
abstract class AlgoArena {
    /** A JSON number, kept as text so each reader converts it exactly. */
    static final class Num {
        final String text;

        Num(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    interface Solve {
        String apply(java.util.List<Object> args) throws Exception;
    }

    interface Design<T> {
        T construct(java.util.List<Object> args) throws Exception;

        String call(T obj, String method, java.util.List<Object> args) throws Exception;
    }

    // Taken before user code runs: frames reach the real stdout even if System.out is replaced.
    static final java.io.PrintStream OUT = System.out;
    static String marker;
    static final java.util.List<String> tests = new java.util.ArrayList<>();

    static void readInput() throws java.io.IOException {
        byte[] data = System.in.readAllBytes();
        // The JVM never closes fd 0: it points it at /dev/null instead, which is the point.
        System.in.close();
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        String[] lines = new String(data, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        marker = lines[0].trim();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].trim().isEmpty()) tests.add(lines[i]);
        }
    }

    static void emit(int k, String result) {
        // The user's buffered prints go first so output keeps its order around the frame.
        System.out.flush();
        byte[] frame = ("\n" + marker + " " + k + " " + result + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        OUT.write(frame, 0, frame.length);
        OUT.flush();
    }

    static void runFunction(Solve solve) throws Exception {
        for (int k = 0; k < tests.size(); k++) emit(k, solve.apply(array(parse(tests.get(k)))));
    }

    static <T> void runDesign(String cls, Design<T> design) throws Exception {
        for (int k = 0; k < tests.size(); k++) {
            Object test = parse(tests.get(k));
            if (!(test instanceof java.util.Map)) throw fail("{\"calls\":[...],\"args\":[...]}", test);
            java.util.Map<?, ?> map = (java.util.Map<?, ?>) test;
            java.util.List<Object> calls = array(map.get("calls")), args = array(map.get("args"));
            if (calls.isEmpty() || calls.size() != args.size() || !cls.equals(calls.get(0))) {
                throw new IllegalArgumentException("a design test needs \"calls\" starting with " + cls + " and one \"args\" entry per call");
            }
            T obj = design.construct(array(args.get(0)));
            StringBuilder out = new StringBuilder("[null");
            for (int i = 1; i < calls.size(); i++) {
                out.append(',').append(design.call(obj, r_string(calls.get(i)), array(args.get(i))));
            }
            emit(k, out.append(']').toString());
        }
    }

    static IllegalArgumentException fail(String expected, Object value) {
        return new IllegalArgumentException("expected " + expected + ", got " + value);
    }

    static void arity(java.util.List<Object> args, int n) {
        if (args.size() != n) throw fail(n + " arguments", args);
    }

    @SuppressWarnings("unchecked")
    static java.util.List<Object> array(Object v) {
        if (!(v instanceof java.util.List)) throw fail("a JSON array", v);
        return (java.util.List<Object>) v;
    }

    static String number(Object v) {
        if (!(v instanceof Num)) throw fail("a number", v);
        return ((Num) v).text;
    }

    static int r_int(Object v) {
        return Integer.parseInt(number(v));
    }

    static long r_long(Object v) {
        return Long.parseLong(number(v));
    }

    static double r_double(Object v) {
        return Double.parseDouble(number(v));
    }

    static boolean r_bool(Object v) {
        if (!(v instanceof Boolean)) throw fail("a bool", v);
        return (Boolean) v;
    }

    static String r_string(Object v) {
        if (!(v instanceof String)) throw fail("a string", v);
        return (String) v;
    }

    static char r_char(Object v) {
        String s = r_string(v);
        if (s.length() != 1) throw fail("a one-character string", v);
        return s.charAt(0);
    }

    static void w_int(StringBuilder b, int v) {
        b.append(v);
    }

    static void w_long(StringBuilder b, long v) {
        b.append(v);
    }

    static void w_bool(StringBuilder b, boolean v) {
        b.append(v);
    }

    static void w_char(StringBuilder b, char v) {
        w_string(b, String.valueOf(v));
    }

    static void w_string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                default:
                    boolean paired = Character.isHighSurrogate(c)
                            ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                            : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    if (c < 0x20 || (Character.isSurrogate(c) && !paired)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    static void w_double(StringBuilder b, double x) {
        if (Double.isNaN(x)) {
            b.append("\"NaN\"");
        } else if (Double.isInfinite(x)) {
            b.append(x > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        } else if (x == 0) {
            b.append(1 / x < 0 ? "-0.0" : "0.0");
        } else {
            if (x < 0) b.append('-');
            java.math.BigDecimal digits = shortest(Math.abs(x));
            String text = digits.unscaledValue().toString();
            place(b, text, text.length() - digits.scale());
        }
    }

    /**
     * The shortest decimal that reads back as {@code a} (the closest one when several are that
     * short), without trailing zeros. Java 17's Double.toString is not always the shortest, so
     * it is only a first guess: at p digits the candidates are the exact value rounded down
     * and up, and whether any p-digit candidate reads back only grows with p.
     */
    static java.math.BigDecimal shortest(double a) {
        java.math.BigDecimal exact = new java.math.BigDecimal(a);
        int guess = new java.math.BigDecimal(Double.toString(a)).stripTrailingZeros().precision();
        int high = guess - 1;
        if (atPrecision(exact, a, high) == null) return atPrecision(exact, a, guess).stripTrailingZeros();
        int low = 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (atPrecision(exact, a, mid) != null) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return atPrecision(exact, a, high).stripTrailingZeros();
    }

    /** The p-digit decimal closest to {@code exact} that reads back as {@code a}, if any. */
    static java.math.BigDecimal atPrecision(java.math.BigDecimal exact, double a, int p) {
        if (p < 1) return null;
        java.math.BigDecimal down = exact.round(new java.math.MathContext(p, java.math.RoundingMode.FLOOR));
        java.math.BigDecimal up = exact.round(new java.math.MathContext(p, java.math.RoundingMode.CEILING));
        boolean downOk = Double.parseDouble(down.toString()) == a, upOk = Double.parseDouble(up.toString()) == a;
        if (downOk && upOk) {
            int closer = exact.subtract(down).compareTo(up.subtract(exact));
            if (closer != 0) return closer < 0 ? down : up;
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }

    /** Lays out significant digits whose value is 0.<digits> * 10^point. */
    static void place(StringBuilder b, String digits, int point) {
        int n = digits.length();
        if (n <= point && point <= 21) {
            b.append(digits);
            for (int i = n; i < point; i++) b.append('0');
            b.append(".0");
        } else if (0 < point && point <= 21) {
            b.append(digits, 0, point).append('.').append(digits, point, n);
        } else if (-6 < point && point <= 0) {
            b.append("0.");
            for (int i = point; i < 0; i++) b.append('0');
            b.append(digits);
        } else {
            b.append(digits.charAt(0));
            if (n > 1) b.append('.').append(digits, 1, n);
            b.append('e').append(point - 1 >= 0 ? "+" : "-").append(Math.abs(point - 1));
        }
    }

    static Object parse(String text) {
        Parser parser = new Parser(text);
        Object value = parser.value();
        parser.space();
        if (parser.i != text.length()) throw parser.error();
        return value;
    }

    /** A small JSON reader: arrays, objects, strings, numbers (as text), booleans, null. */
    static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error() {
            return new IllegalArgumentException("bad test data at character " + i + ": " + s);
        }

        void space() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
        }

        char next() {
            if (i >= s.length()) throw error();
            return s.charAt(i++);
        }

        void expect(String word) {
            if (!s.startsWith(word, i)) throw error();
            i += word.length();
        }

        Object value() {
            space();
            if (i >= s.length()) throw error();
            char c = s.charAt(i);
            if (c == '[') {
                i++;
                java.util.ArrayList<Object> list = new java.util.ArrayList<>();
                space();
                if (i < s.length() && s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    char d = next();
                    if (d == ']') return list;
                    if (d != ',') throw error();
                }
            }
            if (c == '{') {
                i++;
                java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
                space();
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    space();
                    if (next() != '"') throw error();
                    String key = string();
                    space();
                    if (next() != ':') throw error();
                    map.put(key, value());
                    space();
                    char d = next();
                    if (d == '}') return map;
                    if (d != ',') throw error();
                }
            }
            if (c == '"') {
                i++;
                return string();
            }
            if (c == 't') {
                expect("true");
                return Boolean.TRUE;
            }
            if (c == 'f') {
                expect("false");
                return Boolean.FALSE;
            }
            if (c == 'n') {
                expect("null");
                return null;
            }
            int start = i;
            while (i < s.length() && "+-.0123456789eE".indexOf(s.charAt(i)) >= 0) i++;
            if (start == i) throw error();
            return new Num(s.substring(start, i));
        }

        String string() {
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'n': b.append('\n'); break;
                    case 'r': b.append('\r'); break;
                    case 't': b.append('\t'); break;
                    case 'u':
                        if (i + 4 > s.length()) throw error();
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default: b.append(e);
                }
            }
        }
    }
}
