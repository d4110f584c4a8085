// Forks forever; the pids cgroup caps the tasks, the CPU summed over all of them ends it.
#include <unistd.h>
int main() { for (;;) fork(); }
