// Right algorithm, but times are 32-bit ints: a path of three 10^9 links overflows.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m, s;
    cin >> n >> m >> s;
    vector<vector<pair<int, int>>> out(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        cin >> u >> v >> w;
        out[u].push_back({v, w});
    }
    vector<int> time(n + 1, -1);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
    time[s] = 0;
    heap.push({0, s});
    while (!heap.empty()) {
        auto [t, u] = heap.top();
        heap.pop();
        if (t > time[u]) continue;
        for (auto [v, w] : out[u]) {
            int arrive = t + w;
            if (time[v] < 0 || arrive < time[v]) {
                time[v] = arrive;
                heap.push({arrive, v});
            }
        }
    }
    for (int i = 1; i <= n; i++) cout << time[i] << (i == n ? '\n' : ' ');
}
