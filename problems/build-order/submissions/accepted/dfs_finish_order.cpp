// Depth-first search with an explicit stack: a task is written when all tasks after it are;
// reversed, that is an order. An arrow to a task still on the stack closes a cycle.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<vector<int>> after(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        if (scanf("%d %d", &a, &b) != 2) return 1;
        after[a].push_back(b);
    }
    vector<int> state(n + 1, 0), order;  // 0 new, 1 on the stack, 2 finished
    vector<pair<int, size_t>> stack;
    for (int s = 1; s <= n; s++) {
        if (state[s]) continue;
        stack.push_back({s, 0});
        state[s] = 1;
        while (!stack.empty()) {
            auto& [t, next] = stack.back();
            if (next < after[t].size()) {
                int u = after[t][next++];
                if (state[u] == 1) { puts("IMPOSSIBLE"); return 0; }
                if (state[u] == 0) { state[u] = 1; stack.push_back({u, 0}); }
            } else {
                state[t] = 2;
                order.push_back(t);
                stack.pop_back();
            }
        }
    }
    reverse(order.begin(), order.end());
    for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 < n ? ' ' : '\n');
}
