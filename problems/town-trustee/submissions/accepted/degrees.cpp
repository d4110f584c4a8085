#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<int> in(n + 1), out(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        if (scanf("%d %d", &a, &b) != 2) return 1;
        out[a]++;
        in[b]++;
    }
    for (int p = 1; p <= n; p++)
        if (in[p] == n - 1 && out[p] == 0) { printf("%d\n", p); return 0; }
    printf("-1\n");
}
