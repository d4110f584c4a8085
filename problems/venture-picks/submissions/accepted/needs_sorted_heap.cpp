class Solution {
public:
    long long bestCapital(int k, int capital, vector<int>& profits, vector<int>& needs) {
        int n = profits.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return needs[a] < needs[b]; });
        priority_queue<int> heap;
        long long c = capital;  // passes 2^31 - 1
        for (int pick = 0, j = 0; pick < k; pick++) {
            while (j < n && needs[order[j]] <= c) heap.push(profits[order[j++]]);
            if (heap.empty()) break;
            c += heap.top();
            heap.pop();
        }
        return c;
    }
};
