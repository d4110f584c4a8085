// Right answers, but pops the k cheapest combos one by one from a heap holding the cheapest
// unseen combo of each main: O(k log n), with k up to 1.25 * 10^9 on the largest tests.
class Solution {
public:
    long long kthCheapestCombo(vector<int>& mains, vector<int>& drinks, long long k) {
        using Item = pair<long long, pair<int, int>>;  // price, (main, drink)
        priority_queue<Item, vector<Item>, greater<Item>> heap;
        for (int i = 0; i < (int) mains.size() && i < k; i++)
            heap.push({(long long) mains[i] + drinks[0], {i, 0}});
        for (long long popped = 1; ; popped++) {
            auto [price, at] = heap.top();
            if (popped == k) return price;
            heap.pop();
            auto [i, j] = at;
            if (j + 1 < (int) drinks.size())
                heap.push({(long long) mains[i] + drinks[j + 1], {i, j + 1}});
        }
    }
};
