# Many small files in /tmp: the tmpfs is capped (and counted against memory), so writes stop.
import os
try:
    for i in range(1_000_000):
        with open(f"/tmp/f{i}", "wb") as f:
            f.write(b"z" * 65536)
    print("unbounded")
except OSError:
    print("stopped")
