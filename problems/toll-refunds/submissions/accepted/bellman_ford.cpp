#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<array<long long, 3>> roads(m);
    for (auto& [a, b, w] : roads)
        if (scanf("%lld %lld %lld", &a, &b, &w) != 3) return 1;
    const long long INF = LLONG_MAX;
    vector<long long> cost(n + 1, INF);
    cost[1] = 0;
    for (int round = 1; round < n; round++) {
        bool changed = false;
        for (auto [a, b, w] : roads)
            if (cost[a] != INF && cost[a] + w < cost[b]) { cost[b] = cost[a] + w; changed = true; }
        if (!changed) break;
    }
    vector<vector<int>> out(n + 1);
    for (auto [a, b, w] : roads) out[a].push_back(b);
    vector<char> unbounded(n + 1, 0);
    vector<int> queue;
    for (auto [a, b, w] : roads)
        if (cost[a] != INF && cost[a] + w < cost[b] && !unbounded[b]) { unbounded[b] = 1; queue.push_back(b); }
    for (size_t k = 0; k < queue.size(); k++)
        for (int b : out[queue[k]])
            if (!unbounded[b]) { unbounded[b] = 1; queue.push_back(b); }
    for (int t = 1; t <= n; t++) {
        if (unbounded[t]) puts("-INF");
        else if (cost[t] == INF) puts("UNREACHABLE");
        else printf("%lld\n", cost[t]);
    }
}
