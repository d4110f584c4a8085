# Searches every file it can see for the expected answer (the judge must keep answers outside).
import os
needle = b"ANSWER-5d1c0e7b"
found = []
for top in ["/box", "/tmp", "/dev/shm", "/var", "/etc", "/root", "/home", "/work", "/proc/1", "/"]:
    for dirpath, dirnames, files in os.walk(top):
        if dirpath == "/":
            dirnames[:] = [d for d in dirnames if d not in ("usr", "proc", "sys")]
        for f in files:
            path = os.path.join(dirpath, f)
            # Device nodes (a container's /dev/ptmx) would block a read forever.
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                with open(path, "rb") as fh:
                    if needle in fh.read(1 << 20):
                        found.append(path)
            except OSError:
                pass
print(found[0] if found else "not found")
