// Two passes around the circle starting from guest 0 instead of a lowest guest, each pass
// wrapping once: a falling chain through guest 0 is cut short.
class Solution {
public:
    long long fewestTokens(vector<int>& scores) {
        int n = scores.size();
        vector<long long> t(n, 1);
        for (int k = 1; k < n; k++) {
            int i = k, prev = k - 1;
            if (scores[i] > scores[prev]) t[i] = max(t[i], t[prev] + 1);
        }
        if (n > 1 && scores[0] > scores[n - 1]) t[0] = max(t[0], t[n - 1] + 1);
        for (int i = n - 1; i >= 0; i--) {
            int next = (i + 1) % n;
            if (n > 1 && scores[i] > scores[next]) t[i] = max(t[i], t[next] + 1);
        }
        long long total = 0;
        for (long long x : t) total += x;
        return total;
    }
};
