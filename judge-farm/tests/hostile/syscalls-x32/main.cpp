#include <unistd.h>
#include <sys/syscall.h>
int main() { syscall(0x40000000 | SYS_getpid); return 0; }
