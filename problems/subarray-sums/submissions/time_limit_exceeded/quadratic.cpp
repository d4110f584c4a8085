// @EXPECTED_SCORE@: 30
// Tries every start and extends the sum: right, but O(n^2), about 2 * 10^10 steps at
// n = 200 000, so only the small group is in time, even in C++.
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long k;
    if (std::scanf("%d %lld", &n, &k) != 2) return 1;
    std::vector<long long> a(n);
    for (auto& x : a) std::scanf("%lld", &x);
    long long count = 0;
    for (int i = 0; i < n; ++i) {
        long long total = 0;
        for (int j = i; j < n; ++j) {
            total += a[j];
            if (total == k) ++count;
        }
    }
    std::printf("%lld\n", count);
}
