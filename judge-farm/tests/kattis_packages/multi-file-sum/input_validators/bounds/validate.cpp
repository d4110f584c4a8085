// Kattis input validator: exit 42 for one line of two integers within the bounds. in_bounds is
// defined in bounds.cpp, compiled and linked with this file.
#include <cstdio>
#include "bounds.h"
int main() {
    long long a, b;
    char extra;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 43;
    if (!in_bounds(a) || !in_bounds(b)) return 43;
    if (std::scanf(" %c", &extra) == 1) return 43;
    return 42;
}
