// Monotonic stack; a 0 sentinel at the end empties it. 64-bit areas.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> h(n + 1, 0);
    for (int i = 0; i < n; i++) cin >> h[i];
    vector<int> stack;
    long long best = 0;
    for (int j = 0; j <= n; j++) {
        while (!stack.empty() && h[stack.back()] >= h[j]) {
            long long height = h[stack.back()];
            stack.pop_back();
            long long width = stack.empty() ? j : j - stack.back() - 1;
            best = max(best, height * width);
        }
        stack.push_back(j);
    }
    cout << best << '\n';
}
