// A submission that is a folder: one source and the header it includes.
#include <cstdio>
#include "add.h"
int main() {
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
    std::printf("%lld\n", add(a, b));
}
