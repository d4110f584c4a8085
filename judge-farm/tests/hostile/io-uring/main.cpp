#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <sys/syscall.h>
int main() {
    char params[120];
    memset(params, 0, sizeof params);
    long fd = syscall(SYS_io_uring_setup, 8, params);
    puts(fd < 0 ? "refused" : "io_uring available");
}
