// lower_bound and upper_bound per query.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<int> codes(n);
    for (auto& c : codes) scanf("%d", &c);
    string out;
    while (q--) {
        int x;
        scanf("%d", &x);
        auto lo = lower_bound(codes.begin(), codes.end(), x);
        auto hi = upper_bound(lo, codes.end(), x);
        if (lo == hi) out += "-1 -1\n";
        else out += to_string(lo - codes.begin()) + " " + to_string(hi - codes.begin() - 1) + "\n";
    }
    fputs(out.c_str(), stdout);
}
