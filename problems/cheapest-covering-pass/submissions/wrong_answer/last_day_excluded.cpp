// Wrong: treats a pass's last day as if it were not covered (pops a pass when last <= day),
// so a skier arriving exactly on a pass's last day is not offered that pass.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<array<long long, 3>> passes(n);
    for (auto& p : passes) scanf("%lld %lld %lld", &p[0], &p[1], &p[2]);
    vector<long long> day(q);
    for (auto& x : day) scanf("%lld", &x);
    sort(passes.begin(), passes.end());
    vector<int> order(q);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return day[a] < day[b]; });
    priority_queue<pair<long long, long long>, vector<pair<long long, long long>>, greater<>> heap;
    vector<long long> answer(q, -1);
    int i = 0;
    for (int j : order) {
        long long x = day[j];
        while (i < n && passes[i][0] <= x) {
            heap.push({passes[i][2], passes[i][1]});
            i++;
        }
        while (!heap.empty() && heap.top().second <= x) heap.pop();
        if (!heap.empty()) answer[j] = heap.top().first;
    }
    for (long long a : answer) printf("%lld\n", a);
}
