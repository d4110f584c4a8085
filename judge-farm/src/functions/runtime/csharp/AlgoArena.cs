// AlgoArena driver runtime for function-signature problems, C# (Mono); the protocol and the
// canonical JSON rules are in judge-farm/src/functions/mod.rs. The generated AlgoArenaMain
// derives from this class, so its glue calls the readers r_<type> and writers w_<type>
// unqualified.
public abstract class AlgoArena {
    /// <summary>A JSON number, kept as text so each reader converts it exactly.</summary>
    protected sealed class Num {
        public readonly string Text;
        public Num(string text) { Text = text; }
        public override string ToString() { return Text; }
    }

    [System.Runtime.InteropServices.DllImport("libc")] static extern int open(string path, int flags);
    [System.Runtime.InteropServices.DllImport("libc")] static extern int dup2(int from, int to);
    [System.Runtime.InteropServices.DllImport("libc")] static extern int close(int fd);

    static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;
    static System.IO.Stream output;
    static string marker;
    static readonly List<string> tests = new List<string>();

    protected static void ReadInput() {
        var buffer = new System.IO.MemoryStream();
        using (var input = System.Console.OpenStandardInput()) input.CopyTo(buffer);
        int fd = open("/dev/null", 0);
        if (fd >= 0) {
            dup2(fd, 0);
            close(fd);
        }
        System.Console.SetIn(new System.IO.StringReader(""));
        output = System.Console.OpenStandardOutput();
        string[] lines = new UTF8Encoding(false).GetString(buffer.ToArray()).Split('\n');
        marker = lines[0].Trim();
        for (int i = 1; i < lines.Length; i++) {
            if (lines[i].Trim().Length > 0) tests.Add(lines[i]);
        }
    }

    static void Emit(int k, string result) {
        // The user's buffered prints go first so output keeps its order around the frame.
        System.Console.Out.Flush();
        byte[] frame = new UTF8Encoding(false).GetBytes("\n" + marker + " " + k.ToString(Invariant) + " " + result + "\n");
        output.Write(frame, 0, frame.Length);
        output.Flush();
    }

    protected static void RunFunction(System.Func<List<object>, string> solve) {
        for (int k = 0; k < tests.Count; k++) Emit(k, solve(Elements(Parse(tests[k]))));
    }

    protected static void RunDesign<T>(string cls, System.Func<List<object>, T> construct, System.Func<T, string, List<object>, string> call) {
        for (int k = 0; k < tests.Count; k++) {
            var test = Parse(tests[k]) as Dictionary<string, object>;
            if (test == null || !test.ContainsKey("calls") || !test.ContainsKey("args")) throw Fail("{\"calls\":[...],\"args\":[...]}", tests[k]);
            List<object> calls = Elements(test["calls"]), args = Elements(test["args"]);
            if (calls.Count == 0 || calls.Count != args.Count || !cls.Equals(calls[0])) {
                throw new System.ArgumentException("a design test needs \"calls\" starting with " + cls + " and one \"args\" entry per call");
            }
            T obj = construct(Elements(args[0]));
            var result = new StringBuilder("[null");
            for (int i = 1; i < calls.Count; i++) result.Append(',').Append(call(obj, r_string(calls[i]), Elements(args[i])));
            Emit(k, result.Append(']').ToString());
        }
    }

    protected static System.ArgumentException Fail(string expected, object value) {
        return new System.ArgumentException("expected " + expected + ", got " + value);
    }

    protected static void Arity(List<object> args, int n) {
        if (args.Count != n) throw Fail(n + " arguments", args.Count + " arguments");
    }

    protected static List<object> Elements(object v) {
        var list = v as List<object>;
        if (list == null) throw Fail("a JSON array", v);
        return list;
    }

    static string Number(object v) {
        var num = v as Num;
        if (num == null) throw Fail("a number", v);
        return num.Text;
    }

    const System.Globalization.NumberStyles Integer = System.Globalization.NumberStyles.AllowLeadingSign;

    protected static int r_int(object v) { return int.Parse(Number(v), Integer, Invariant); }
    protected static long r_long(object v) { return long.Parse(Number(v), Integer, Invariant); }
    protected static double r_double(object v) { return AlgoArenaDecimal.Parse(Number(v)); }

    protected static bool r_bool(object v) {
        if (!(v is bool)) throw Fail("a bool", v);
        return (bool) v;
    }

    protected static string r_string(object v) {
        var s = v as string;
        if (s == null) throw Fail("a string", v);
        return s;
    }

    protected static char r_char(object v) {
        string s = r_string(v);
        if (s.Length != 1) throw Fail("a one-character string", v);
        return s[0];
    }

    protected static void w_int(StringBuilder b, int v) { b.Append(v.ToString(Invariant)); }
    protected static void w_long(StringBuilder b, long v) { b.Append(v.ToString(Invariant)); }
    protected static void w_bool(StringBuilder b, bool v) { b.Append(v ? "true" : "false"); }
    protected static void w_char(StringBuilder b, char v) { w_string(b, v.ToString()); }
    protected static void w_double(StringBuilder b, double v) { b.Append(AlgoArenaDecimal.Format(v)); }

    protected static void w_string(StringBuilder b, string s) {
        if (s == null) {
            b.Append("null");
            return;
        }
        b.Append('"');
        for (int i = 0; i < s.Length; i++) {
            char c = s[i];
            switch (c) {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                default:
                    bool paired = char.IsHighSurrogate(c)
                        ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                        : i > 0 && char.IsHighSurrogate(s[i - 1]);
                    if (c < ' ' || (char.IsSurrogate(c) && !paired)) {
                        b.Append("\\u").Append(((int) c).ToString("x4", Invariant));
                    } else {
                        b.Append(c);
                    }
                    break;
            }
        }
        b.Append('"');
    }

    protected static object Parse(string text) {
        var parser = new Parser(text);
        object value = parser.Value();
        parser.Space();
        if (parser.I != text.Length) throw parser.Error();
        return value;
    }

    /// <summary>A small JSON reader: arrays, objects, strings, numbers (as text), booleans, null.</summary>
    sealed class Parser {
        readonly string s;
        public int I;

        public Parser(string s) { this.s = s; }

        public System.ArgumentException Error() {
            return new System.ArgumentException("bad test data at character " + I + ": " + s);
        }

        public void Space() {
            while (I < s.Length && " \t\r\n".IndexOf(s[I]) >= 0) I++;
        }

        char Next() {
            if (I >= s.Length) throw Error();
            return s[I++];
        }

        void Expect(string word) {
            if (string.CompareOrdinal(s, I, word, 0, word.Length) != 0) throw Error();
            I += word.Length;
        }

        public object Value() {
            Space();
            if (I >= s.Length) throw Error();
            char c = s[I];
            if (c == '[') {
                I++;
                var list = new List<object>();
                Space();
                if (I < s.Length && s[I] == ']') {
                    I++;
                    return list;
                }
                while (true) {
                    list.Add(Value());
                    Space();
                    char d = Next();
                    if (d == ']') return list;
                    if (d != ',') throw Error();
                }
            }
            if (c == '{') {
                I++;
                var map = new Dictionary<string, object>();
                Space();
                if (I < s.Length && s[I] == '}') {
                    I++;
                    return map;
                }
                while (true) {
                    Space();
                    if (Next() != '"') throw Error();
                    string key = ReadString();
                    Space();
                    if (Next() != ':') throw Error();
                    map[key] = Value();
                    Space();
                    char d = Next();
                    if (d == '}') return map;
                    if (d != ',') throw Error();
                }
            }
            if (c == '"') {
                I++;
                return ReadString();
            }
            if (c == 't') { Expect("true"); return true; }
            if (c == 'f') { Expect("false"); return false; }
            if (c == 'n') { Expect("null"); return null; }
            int start = I;
            while (I < s.Length && "+-.0123456789eE".IndexOf(s[I]) >= 0) I++;
            if (start == I) throw Error();
            return new Num(s.Substring(start, I - start));
        }

        string ReadString() {
            var b = new StringBuilder();
            while (true) {
                char c = Next();
                if (c == '"') return b.ToString();
                if (c != '\\') {
                    b.Append(c);
                    continue;
                }
                char e = Next();
                switch (e) {
                    case 'b': b.Append('\b'); break;
                    case 'f': b.Append('\f'); break;
                    case 'n': b.Append('\n'); break;
                    case 'r': b.Append('\r'); break;
                    case 't': b.Append('\t'); break;
                    case 'u':
                        if (I + 4 > s.Length) throw Error();
                        b.Append((char) int.Parse(s.Substring(I, 4), System.Globalization.NumberStyles.HexNumber, Invariant));
                        I += 4;
                        break;
                    default: b.Append(e); break;
                }
            }
        }
    }
}
