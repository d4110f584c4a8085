// Integer division loses the fraction: 2.5 becomes 2.
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    long long sum = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        std::scanf("%lld", &x);
        sum += x;
    }
    std::printf("%lld\n", sum / n);
}
