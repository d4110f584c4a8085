// Dijkstra with a binary heap of (time, router); 64-bit times throughout.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m, s;
    cin >> n >> m >> s;
    vector<vector<pair<int, long long>>> out(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        long long w;
        cin >> u >> v >> w;
        out[u].push_back({v, w});
    }
    const long long INF = LLONG_MAX;
    vector<long long> time(n + 1, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
    time[s] = 0;
    heap.push({0, s});
    while (!heap.empty()) {
        auto [t, u] = heap.top();
        heap.pop();
        if (t > time[u]) continue;
        for (auto [v, w] : out[u]) {
            if (t + w < time[v]) {
                time[v] = t + w;
                heap.push({time[v], v});
            }
        }
    }
    string line;
    for (int i = 1; i <= n; i++) {
        if (i > 1) line += ' ';
        line += to_string(time[i] == INF ? -1 : time[i]);
    }
    cout << line << '\n';
}
