// Right answers, too slow: every skier checks every pass, O(n·q), 2.5·10^9 checks at the maximum.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> first(n), last(n), cost(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld %lld", &first[i], &last[i], &cost[i]);
    for (int j = 0; j < q; j++) {
        long long x;
        scanf("%lld", &x);
        long long best = -1;
        for (int i = 0; i < n; i++)
            if (first[i] <= x && x <= last[i] && (best == -1 || cost[i] < best)) best = cost[i];
        printf("%lld\n", best);
    }
}
