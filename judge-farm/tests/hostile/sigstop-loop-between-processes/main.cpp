// Parent and child stop and continue each other forever, and try to stop process 1.
#include <csignal>
#include <unistd.h>
int main() {
    kill(1, SIGSTOP);
    pid_t parent = getpid();
    pid_t child = fork();
    for (;;) {
        if (child == 0) { kill(parent, SIGSTOP); usleep(1000); kill(parent, SIGCONT); }
        else { kill(child, SIGSTOP); usleep(1000); kill(child, SIGCONT); }
    }
}
