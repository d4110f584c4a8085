// Returns the steps done before a cycle stops the assembly instead of an empty array.
class Solution {
public:
    vector<int> assemblyOrder(int n, vector<vector<int>>& rules) {
        vector<vector<int>> after(n);
        vector<int> waits(n, 0);
        for (auto& r : rules) {
            after[r[0]].push_back(r[1]);
            waits[r[1]]++;
        }
        priority_queue<int, vector<int>, greater<int>> ready;
        for (int s = 0; s < n; s++)
            if (waits[s] == 0) ready.push(s);
        vector<int> order;
        while (!ready.empty()) {
            int s = ready.top();
            ready.pop();
            order.push_back(s);
            for (int b : after[s])
                if (--waits[b] == 0) ready.push(b);
        }
        return order;
    }
};
