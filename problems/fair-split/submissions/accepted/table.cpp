// One-dimensional subset-sum table over sums, filled downwards per item; first[s] is the item
// that reached s first, which lets us walk back from half the total.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> v(n);
    for (auto& x : v) scanf("%d", &x);
    int total = accumulate(v.begin(), v.end(), 0);
    if (total % 2) { puts("NO"); return 0; }
    int half = total / 2;
    vector<int> first(half + 1, -1);
    first[0] = n;
    for (int i = 0; i < n; i++)
        for (int s = half; s >= v[i]; s--)
            if (first[s] < 0 && first[s - v[i]] >= 0 && first[s - v[i]] != i) first[s] = i;
    if (first[half] < 0) { puts("NO"); return 0; }
    vector<int> group;
    for (int s = half; s > 0; s -= v[first[s]]) group.push_back(first[s] + 1);
    printf("%zu\n", group.size());
    for (size_t j = 0; j < group.size(); j++) printf("%d%c", group[j], j + 1 < group.size() ? ' ' : '\n');
}
