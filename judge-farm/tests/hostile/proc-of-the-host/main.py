# /proc must show this run's pid namespace only, and no host mounts, names or environment.
import os, socket
leaks = []
pids = [p for p in os.listdir("/proc") if p.isdigit()]
if len(pids) > 3:
    leaks.append(f"{len(pids)} processes visible")
for p in pids:
    try:
        env = open(f"/proc/{p}/environ", "rb").read()
        if b"DATABASE_URL" in env or b"CARGO" in env or b"SECRET" in env:
            leaks.append(f"environ of {p}")
    except OSError:
        pass
mounts = open("/proc/self/mountinfo").read()
for word in ["/work", "/var/lib/algoarena", "/root", "algoarena-hostile-tests"]:
    if word in mounts:
        leaks.append("mount " + word)
if socket.gethostname() != "sandbox":
    leaks.append("hostname " + socket.gethostname())
for path in ["/proc/sys/kernel/core_pattern", "/proc/sysrq-trigger"]:
    try:
        open(path, "w").write("x")
        leaks.append("wrote " + path)
    except OSError:
        pass
import sys
sys.exit("LEAK " + "; ".join(leaks)) if leaks else print("clean")
