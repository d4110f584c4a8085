// Two pointers from the ends, always moving the shorter post inwards; 64-bit volumes.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> h(n);
    for (auto& x : h) scanf("%lld", &x);
    long long best = 0;
    for (int i = 0, j = n - 1; i < j;) {
        best = max(best, (long long) (j - i) * min(h[i], h[j]));
        if (h[i] <= h[j]) i++;
        else j--;
    }
    printf("%lld\n", best);
}
