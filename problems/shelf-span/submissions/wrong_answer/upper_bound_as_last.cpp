// Prints the upper bound itself as the last position: one past the real last copy.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<int> codes(n);
    for (auto& c : codes) scanf("%d", &c);
    while (q--) {
        int x;
        scanf("%d", &x);
        auto lo = lower_bound(codes.begin(), codes.end(), x);
        auto hi = upper_bound(lo, codes.end(), x);
        if (lo == hi) puts("-1 -1");
        else printf("%d %d\n", (int) (lo - codes.begin()), (int) (hi - codes.begin()));
    }
}
