# subprocess, os.system and os.execv all fail: no shell, no loader trick, not python again.
import os
import subprocess

escaped = []
for argv in (["/bin/sh", "-c", "exit 7"],
             ["/lib64/ld-linux-x86-64.so.2", "/bin/sh", "-c", "exit 7"],
             ["/usr/bin/python3", "-S", "-c", "raise SystemExit(7)"]):
    try:
        if subprocess.run(argv).returncode == 7:
            escaped.append(argv[0])
    except OSError:
        pass
if os.system("exit 7") >> 8 == 7:
    escaped.append("os.system")
try:
    os.execv("/bin/sh", ["sh", "-c", "echo escaped"])
except OSError:
    pass
print("escaped " + " ".join(escaped) if escaped else "refused")
