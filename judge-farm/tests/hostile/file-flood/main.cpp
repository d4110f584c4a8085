// Fills one file in /tmp until RLIMIT_FSIZE (SIGXFSZ) stops it.
#include <cstdio>
int main() {
    static char buf[1 << 20];
    FILE* f = fopen("/tmp/flood", "w");
    if (!f) return 2;
    for (;;) if (fwrite(buf, 1, sizeof buf, f) != sizeof buf || fflush(f)) return 3;
}
