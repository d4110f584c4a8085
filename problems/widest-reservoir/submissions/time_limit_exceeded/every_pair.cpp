// Right answers, but tries every pair of posts: about 5·10^9 pairs at n = 10^5.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    long long best = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) best = max(best, (long long) (j - i) * min(h[i], h[j]));
    printf("%lld\n", best);
}
