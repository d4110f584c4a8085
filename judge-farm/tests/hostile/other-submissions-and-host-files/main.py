# Everything a program must not see: other boxes, the farm's state, host files and homes.
import os
leaks = []
for path in ["/var/lib/algoarena", "/var/lib/postgresql", "/etc/shadow",
             "/root", "/home", "/work", "/run", "/sys", "/proc/1/root/etc/shadow", "/tmp/algoarena-hostile-tests",
             "/usr/local/lib/algoarena/../../../../etc/shadow", "/etc/ssh", "/var/run/docker.sock"]:
    if os.path.exists(path):
        leaks.append(path)
# /etc/passwd and /etc/hostname are the sandbox's own few lines, not the host's.
if "postgres" in open("/etc/passwd").read() or open("/etc/hostname").read().strip() != "sandbox":
    leaks.append("host /etc")
if sorted(os.listdir("/box")) != ["main.py"]:
    leaks.append("box holds " + ",".join(os.listdir("/box")))
leaks += [p for p in os.listdir("/tmp")]
import sys
sys.exit("LEAK " + " ".join(leaks)) if leaks else print("clean")
