# Everything a program must not see: other boxes, the farm's state, host files and homes.
# A container's image has its own /root, /home, /run and /sys: those may exist, but must not
# hold anything the program can read.
import os
leaks = []
for path in ["/var/lib/algoarena", "/var/lib/postgresql", "/work", "/tmp/algoarena-hostile-tests",
             "/tmp/algoarena-hostile-docker-tests", "/etc/ssh", "/var/run/docker.sock",
             "/run/docker.sock", "/run/algoarena-docker", "/run/postgresql", "/sys/fs/cgroup/memory"]:
    if os.path.exists(path):
        leaks.append(path)
for path in ["/etc/shadow", "/proc/1/root/etc/shadow", "/usr/local/lib/algoarena/../../../../etc/shadow"]:
    try:
        open(path).read()
        leaks.append(path)
    except OSError:
        pass
for path in ["/root", "/home", "/sys"]:
    try:
        if os.listdir(path):
            leaks.append(path + " lists " + ",".join(os.listdir(path)[:5]))
    except OSError:
        pass
# No account file has a line (they are missing or empty), and /etc/hostname is the sandbox's.
for path in ["/etc/passwd", "/etc/group"]:
    try:
        if open(path).read().strip():
            leaks.append(path)
    except OSError:
        pass
if open("/etc/hostname").read().strip() != "sandbox":
    leaks.append("host /etc")
if sorted(os.listdir("/box")) != ["main.py"]:
    leaks.append("box holds " + ",".join(os.listdir("/box")))
leaks += [p for p in os.listdir("/tmp")]
import sys
sys.exit("LEAK " + " ".join(leaks)) if leaks else print("clean")
