// For each prefix sum s, counts the earlier prefixes equal to s - k in a hash map: O(n) expected.
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long k;
    if (std::scanf("%d %lld", &n, &k) != 2) return 1;
    std::unordered_map<long long, int> seen;
    seen.reserve(2 * n + 2);
    seen[0] = 1;
    long long total = 0, count = 0;
    for (int i = 0; i < n; ++i) {
        int a;
        std::scanf("%d", &a);
        total += a;
        auto it = seen.find(total - k);
        if (it != seen.end()) count += it->second;
        ++seen[total];
    }
    std::printf("%lld\n", count);
}
