using System.Collections.Generic;
class Program {
    static void Main() {
        var blocks = new List<long[]>();
        while (true) { var b = new long[1 << 17]; for (int i = 0; i < b.Length; i += 512) b[i] = i; blocks.Add(b); }
    }
}
