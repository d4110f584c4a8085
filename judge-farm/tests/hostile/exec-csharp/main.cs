// Process.Start fails: no shell, no loader trick, not mono again.
using System;
using System.Collections.Generic;
using System.Diagnostics;

class Program {
    static void Main() {
        var tries = new[] {
            new[] { "/bin/sh", "-c \"exit 7\"" },
            new[] { "/lib64/ld-linux-x86-64.so.2", "/bin/sh -c \"exit 7\"" },
            new[] { "/usr/bin/mono", "--version" },
        };
        var escaped = new List<string>();
        foreach (var t in tries) {
            try {
                var info = new ProcessStartInfo(t[0], t[1]) { UseShellExecute = false };
                var p = Process.Start(info);
                p.WaitForExit();
                if (p.ExitCode == 7 || (p.ExitCode == 0 && t[0].EndsWith("mono"))) escaped.Add(t[0]);
            } catch (Exception) {
            }
        }
        Console.WriteLine(escaped.Count == 0 ? "refused" : "escaped " + string.Join(" ", escaped));
    }
}
