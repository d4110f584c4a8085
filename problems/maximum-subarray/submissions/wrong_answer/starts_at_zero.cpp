// The best sum starts at 0, as if the empty subarray were allowed: all-negative arrays answer 0.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    long long best = 0, cur = 0, x;
    for (int i = 0; i < n; i++) {
        cin >> x;
        cur = max(0LL, cur + x);
        best = max(best, cur);
    }
    cout << best << "\n";
    return 0;
}
