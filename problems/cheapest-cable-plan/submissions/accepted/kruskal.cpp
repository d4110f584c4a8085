// Kruskal with union-find (path halving, union by size); 64-bit total.
#include <bits/stdc++.h>
using namespace std;

struct Components {
    vector<int> parent, size;
    explicit Components(int n) : parent(n + 1), size(n + 1, 1) { iota(parent.begin(), parent.end(), 0); }
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    bool join(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return false;
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
        return true;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> u(m), v(m), order(m);
    vector<long long> c(m);
    for (int i = 0; i < m; i++) cin >> u[i] >> v[i] >> c[i];
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return c[a] < c[b]; });
    Components parts(n);
    long long total = 0;
    vector<int> chosen;
    for (int i : order)
        if (parts.join(u[i], v[i])) {
            total += c[i];
            chosen.push_back(i + 1);
        }
    if ((int)chosen.size() != n - 1) {
        cout << -1 << '\n';
        return 0;
    }
    cout << total << '\n';
    for (size_t i = 0; i < chosen.size(); i++) cout << (i ? " " : "") << chosen[i];
    cout << '\n';
}
