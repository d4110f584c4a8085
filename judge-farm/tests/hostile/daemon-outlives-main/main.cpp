// Double-forks a daemon that keeps running (and keeps stdout open), then main answers and exits.
#include <cstdio>
#include <unistd.h>
int main() {
    long long a, b;
    scanf("%lld %lld", &a, &b);
    printf("%lld\n", a + b);
    fflush(stdout);
    if (fork() == 0) {
        setsid();
        if (fork() == 0) { for (;;) { volatile long x = 0; for (long i = 0; i < 100000000; i++) x++; sleep(1); } }
        _exit(0);
    }
    return 0;
}
