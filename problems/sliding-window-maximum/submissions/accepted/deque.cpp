#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    for (int& x : a) cin >> x;
    deque<int> useful;  // indices whose values decrease from front to back
    string out;
    for (int j = 0; j < n; j++) {
        while (!useful.empty() && a[useful.back()] <= a[j]) useful.pop_back();
        useful.push_back(j);
        if (useful.front() <= j - k) useful.pop_front();
        if (j >= k - 1) {
            if (j > k - 1) out += ' ';
            out += to_string(a[useful.front()]);
        }
    }
    cout << out << "\n";
}
