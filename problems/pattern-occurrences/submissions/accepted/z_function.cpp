// Z-function of pattern + '#' + text: every text position with z == m starts an occurrence.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text, pattern;
    cin >> text >> pattern;
    string s = pattern + '#' + text;
    int n = s.size(), m = pattern.size();
    vector<int> z(n, 0);
    long long count = 0;
    for (int i = 1, l = 0, r = 0; i < n; i++) {
        if (i < r) z[i] = min(r - i, z[i - l]);
        while (i + z[i] < n && s[z[i]] == s[i + z[i]]) z[i]++;
        if (i + z[i] > r) l = i, r = i + z[i];
        if (z[i] == m) count++;
    }
    printf("%lld\n", count);
}
