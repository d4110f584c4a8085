// @EXPECTED_SCORE@: 30
// Right method, but counts in 32 bits: the large group's answers overflow it.
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long k;
    if (std::scanf("%d %lld", &n, &k) != 2) return 1;
    std::unordered_map<long long, int> seen;
    seen[0] = 1;
    long long total = 0;
    int count = 0;
    for (int i = 0; i < n; ++i) {
        int a;
        std::scanf("%d", &a);
        total += a;
        auto it = seen.find(total - k);
        if (it != seen.end()) count += it->second;
        ++seen[total];
    }
    std::printf("%d\n", count);
}
