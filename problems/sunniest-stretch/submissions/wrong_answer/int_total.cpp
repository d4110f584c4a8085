// Keeps the window total in a 32-bit int: long windows of large values wrap around, and the
// comparison picks the wrong stretch.
class Solution {
public:
    int sunniestStretch(vector<int>& energy, int k) {
        int n = energy.size();
        unsigned total = 0;
        for (int i = 0; i < k; i++) total += (unsigned) energy[i];
        int best = (int) total, answer = 0;
        for (int s = 1; s + k <= n; s++) {
            total += (unsigned) energy[s + k - 1] - (unsigned) energy[s - 1];
            if ((int) total > best) {
                best = (int) total;
                answer = s;
            }
        }
        return answer;
    }
};
