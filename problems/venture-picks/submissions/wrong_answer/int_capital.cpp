// The greedy with a 32-bit capital, which wraps around past 2^31 - 1.
class Solution {
public:
    long long bestCapital(int k, int capital, vector<int>& profits, vector<int>& needs) {
        int n = profits.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return needs[a] < needs[b]; });
        priority_queue<int> heap;
        int c = capital;
        for (int pick = 0, j = 0; pick < k; pick++) {
            while (j < n && needs[order[j]] <= c) heap.push(profits[order[j++]]);
            if (heap.empty()) break;
            c = (int) ((unsigned) c + (unsigned) heap.top());
            heap.pop();
        }
        return c;
    }
};
