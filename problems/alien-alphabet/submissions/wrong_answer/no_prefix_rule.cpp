// Right graph and sort, but never checks for a word listed after its own prefix, so "moon"
// before "mo" gets an alphabet instead of IMPOSSIBLE.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<string> words(n);
    set<int> present;
    for (auto& w : words) {
        cin >> w;
        for (char c : w) present.insert(c - 'a');
    }
    set<pair<int, int>> edges;
    for (int i = 0; i + 1 < n; i++) {
        const string &u = words[i], &v = words[i + 1];
        for (size_t k = 0; k < u.size() && k < v.size(); k++)
            if (u[k] != v[k]) {
                edges.insert({u[k] - 'a', v[k] - 'a'});
                break;
            }
    }
    vector<int> indegree(26, 0);
    for (auto [x, y] : edges) indegree[y]++;
    deque<int> ready;
    for (int x : present)
        if (indegree[x] == 0) ready.push_back(x);
    string order;
    while (!ready.empty()) {
        int x = ready.front();
        ready.pop_front();
        order += char('a' + x);
        for (auto [a, b] : edges)
            if (a == x && --indegree[b] == 0) ready.push_back(b);
    }
    cout << (order.size() == present.size() ? order : "IMPOSSIBLE") << '\n';
}
