// The two-pointer scan with 32-bit volumes: (n - 1) · 10^9 wraps around.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<int> h(n);
    for (auto& x : h) scanf("%d", &x);
    int best = 0;
    for (int i = 0, j = n - 1; i < j;) {
        int volume = (int) ((unsigned) (j - i) * (unsigned) min(h[i], h[j]));
        best = max(best, volume);
        if (h[i] <= h[j]) i++;
        else j--;
    }
    printf("%d\n", best);
}
