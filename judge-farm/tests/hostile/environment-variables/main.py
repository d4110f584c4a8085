import os
print(" ".join(f"{k}={v}" for k, v in sorted(os.environ.items())))
