// The right walks, but the total is a 32-bit int: it wraps when scores rise all the way round
// (n(n + 1)/2 tokens).
class Solution {
public:
    long long fewestTokens(vector<int>& scores) {
        int n = scores.size();
        int m = min_element(scores.begin(), scores.end()) - scores.begin();
        vector<int> fromLeft(n, 1), fromRight(n, 1);
        for (int k = 1; k < n; k++) {
            int i = (m + k) % n, prev = (i - 1 + n) % n;
            if (scores[i] > scores[prev]) fromLeft[i] = fromLeft[prev] + 1;
        }
        for (int k = 1; k < n; k++) {
            int i = ((m - k) % n + n) % n, next = (i + 1) % n;
            if (scores[i] > scores[next]) fromRight[i] = fromRight[next] + 1;
        }
        int total = 0;
        for (int i = 0; i < n; i++) total = (int) ((unsigned) total + (unsigned) max(fromLeft[i], fromRight[i]));
        return total;
    }
};
