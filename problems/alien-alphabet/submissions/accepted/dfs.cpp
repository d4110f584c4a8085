// Facts from neighbouring words, then a depth-first search with three colours: a grey letter
// met again closes a cycle; letters are emitted when finished, so the reversed list is an order.
#include <bits/stdc++.h>
using namespace std;

bool edge[26][26];
int colour[26];  // 0 unseen, 1 on the current path, 2 finished
string finished;

bool visit(int x) {
    colour[x] = 1;
    for (int y = 0; y < 26; y++) {
        if (!edge[x][y]) continue;
        if (colour[y] == 1) return false;
        if (colour[y] == 0 && !visit(y)) return false;
    }
    colour[x] = 2;
    finished += char('a' + x);
    return true;
}

int main() {
    int n;
    cin >> n;
    vector<string> words(n);
    bool present[26] = {};
    for (auto& w : words) {
        cin >> w;
        for (char c : w) present[c - 'a'] = true;
    }
    for (int i = 0; i + 1 < n; i++) {
        const string &u = words[i], &v = words[i + 1];
        size_t k = 0;
        while (k < u.size() && k < v.size() && u[k] == v[k]) k++;
        if (k < u.size() && k < v.size()) edge[u[k] - 'a'][v[k] - 'a'] = true;
        else if (u.size() > v.size()) {
            cout << "IMPOSSIBLE\n";
            return 0;
        }
    }
    for (int x = 0; x < 26; x++) {
        if (present[x] && colour[x] == 0 && !visit(x)) {
            cout << "IMPOSSIBLE\n";
            return 0;
        }
    }
    reverse(finished.begin(), finished.end());
    cout << finished << '\n';
}
