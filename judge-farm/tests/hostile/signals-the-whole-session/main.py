# kill(-1) and kill(0) reach only this sandbox's processes (the run's init ignores them); the
# program dies of its own SIGKILL, a runtime error, and the judge carries on.
import os, signal
for target in (-1, 0):
    try:
        os.kill(target, signal.SIGKILL)
    except OSError as e:
        print(f"kill({target}): {e}", flush=True)
print("survived")
