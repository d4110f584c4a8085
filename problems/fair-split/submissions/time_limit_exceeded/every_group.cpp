// Right answers, but tries the groups one by one (a depth-first search over take / leave for
// every item): up to 2^200 of them when no fair split exists.
#include <bits/stdc++.h>
using namespace std;

int n, half;
vector<int> v, taken;

bool search(int i, int sum) {
    if (sum == half) return true;
    if (i == n || sum > half) return false;
    taken.push_back(i + 1);
    if (search(i + 1, sum + v[i])) return true;
    taken.pop_back();
    return search(i + 1, sum);
}

int main() {
    scanf("%d", &n);
    v.resize(n);
    int total = 0;
    for (auto& x : v) { scanf("%d", &x); total += x; }
    half = total / 2;
    if (total % 2 || !search(0, 0)) { puts("NO"); return 0; }
    printf("%zu\n", taken.size());
    for (size_t j = 0; j < taken.size(); j++) printf("%d%c", taken[j], j + 1 < taken.size() ? ' ' : '\n');
}
