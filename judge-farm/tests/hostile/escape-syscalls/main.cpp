// Namespaces, mounts, tracing, BPF, keyrings: every way out is refused.
#include <cstdio>
#include <sched.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
int main() {
    int open = 0;
    open += unshare(CLONE_NEWUSER) == 0;
    open += unshare(CLONE_NEWNS) == 0;
    open += mount("none", "/tmp", "tmpfs", 0, nullptr) == 0;
    open += ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) == 0;
    open += syscall(SYS_bpf, 0, nullptr, 0) >= 0;
    open += syscall(SYS_keyctl, 0, 0) >= 0;
    open += chroot("/tmp") == 0;
    open += setuid(0) == 0;
    puts(open ? "escaped" : "refused");
}
