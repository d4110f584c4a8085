# kill(-1) reaches only this sandbox's processes; the program dies of its own SIGKILL.
import os, signal
os.kill(-1, signal.SIGKILL)
os.kill(0, signal.SIGKILL)
