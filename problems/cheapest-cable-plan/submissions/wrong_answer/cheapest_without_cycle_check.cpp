// Takes the n - 1 cheapest cables without checking for cycles: when the cheapest ones close a
// loop, some office is left out (and a disconnected input is not noticed either).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    cin >> n >> m;
    vector<long long> c(m);
    vector<int> order(m);
    for (int i = 0; i < m; i++) {
        int u, v;
        cin >> u >> v >> c[i];
    }
    if (m < n - 1) {
        cout << -1 << '\n';
        return 0;
    }
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return c[a] < c[b]; });
    long long total = 0;
    for (int i = 0; i < n - 1; i++) total += c[order[i]];
    cout << total << '\n';
    for (int i = 0; i < n - 1; i++) cout << (i ? " " : "") << order[i] + 1;
    cout << '\n';
}
