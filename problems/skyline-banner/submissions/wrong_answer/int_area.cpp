// Right algorithm, 32-bit areas: 10^9 tall over three buildings already overflows.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> h(n + 1, 0);
    for (int i = 0; i < n; i++) scanf("%d", &h[i]);
    vector<int> stack;
    int best = 0;
    for (int j = 0; j <= n; j++) {
        while (!stack.empty() && h[stack.back()] >= h[j]) {
            int height = h[stack.back()];
            stack.pop_back();
            int width = stack.empty() ? j : j - stack.back() - 1;
            best = max(best, (int)((unsigned)height * (unsigned)width));
        }
        stack.push_back(j);
    }
    printf("%d\n", best);
}
