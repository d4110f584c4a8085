// O(n log k): the window's values in an ordered multiset, largest at the end.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    multiset<int> window;
    for (int j = 0; j < n; j++) {
        window.insert(a[j]);
        if (j >= k) window.erase(window.find(a[j - k]));
        if (j >= k - 1) cout << *window.rbegin() << (j + 1 < n ? ' ' : '\n');
    }
}
