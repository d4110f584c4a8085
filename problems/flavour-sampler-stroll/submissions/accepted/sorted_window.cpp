// Sort the stalls by position, then slide a window: the right end adds stalls, the left end
// drops them while every flavour is still present.
class Solution {
public:
    vector<int> shortestStroll(vector<int>& positions, vector<int>& flavours, int k) {
        int n = positions.size();
        vector<pair<int, int>> stalls(n);
        for (int i = 0; i < n; i++) stalls[i] = {positions[i], flavours[i]};
        sort(stalls.begin(), stalls.end());
        vector<int> count(k, 0);
        int have = 0, left = 0;
        long long bestLen = LLONG_MAX;
        vector<int> best;
        for (int right = 0; right < n; right++) {
            if (count[stalls[right].second]++ == 0) have++;
            while (have == k) {
                long long len = (long long) stalls[right].first - stalls[left].first;
                if (len < bestLen) bestLen = len, best = {stalls[left].first, stalls[right].first};
                if (--count[stalls[left].second] == 0) have--;
                left++;
            }
        }
        return best;
    }
};
