// Right answers: a binary search finds some copy, then walks left and right over the copies.
// O(n) per query when one code fills the shelf.
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
        int lo = 0, hi = n - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            if (codes[mid] == x) { found = mid; break; }
            if (codes[mid] < x) lo = mid + 1;
            else hi = mid - 1;
        }
        if (found < 0) { puts("-1 -1"); continue; }
        int first = found, last = found;
        // volatile: keep the compiler from turning the walks into anything cleverer
        volatile int* v = (volatile int*) codes.data();
        while (first > 0 && v[first - 1] == x) first--;
        while (last + 1 < n && v[last + 1] == x) last++;
        printf("%d %d\n", first, last);
    }
}
