# Tries to plant links and FIFOs where the judge writes or reads (the box: read-only during
# tests) and to swap its own source and binary names; /tmp is private to this run and dropped.
import os
leaks = []
for make in [lambda: os.symlink("/etc/shadow", "/box/main"), lambda: os.mkfifo("/box/output"),
             lambda: os.symlink("/proc/self/fd/0", "/box/main.js"), lambda: os.rename("/box/main.py", "/box/x"),
             lambda: os.link("/box/main.py", "/box/hard"), lambda: os.symlink("/", "/box/root")]:
    try:
        make()
        leaks.append("planted")
    except OSError:
        pass
os.mkfifo("/tmp/fifo")
os.symlink("/etc/passwd", "/tmp/link")
import sys
sys.exit("LEAK " + " ".join(leaks)) if leaks else print("clean")
