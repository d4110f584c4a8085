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
# The farm's own folders (boxes, the sandbox root, the checkout) must not show. A container
# runtime's own bookkeeping may (runc shows Docker's data-root in its overlay options and its
# /etc/hosts binds; gVisor shows nothing): it names no submission and no farm state.
mounts = open("/proc/self/mountinfo").read()
for word in ["/var/lib/algoarena/sandbox", "algoarena-hostile-tests", "algoarena-hostile-docker-tests",
             "/work/main", "/home/"]:
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
