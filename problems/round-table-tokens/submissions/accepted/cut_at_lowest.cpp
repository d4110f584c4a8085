// Walk the circle from a lowest guest m, once each way, with indices modulo n: a falling
// chain never passes through m, so the two walks see every chain whole.
class Solution {
public:
    long long fewestTokens(vector<int>& scores) {
        int n = scores.size();
        int m = min_element(scores.begin(), scores.end()) - scores.begin();
        vector<long long> fromLeft(n, 1), fromRight(n, 1);
        for (int k = 1; k < n; k++) {  // m+1, m+2, ... going right
            int i = (m + k) % n, prev = (i - 1 + n) % n;
            if (scores[i] > scores[prev]) fromLeft[i] = fromLeft[prev] + 1;
        }
        for (int k = 1; k < n; k++) {  // m-1, m-2, ... going left
            int i = ((m - k) % n + n) % n, next = (i + 1) % n;
            if (scores[i] > scores[next]) fromRight[i] = fromRight[next] + 1;
        }
        long long total = 0;
        for (int i = 0; i < n; i++) total += max(fromLeft[i], fromRight[i]);
        return total;
    }
};
