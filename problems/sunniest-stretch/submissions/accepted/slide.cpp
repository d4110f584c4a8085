// A running window total in 64 bits; ties keep the earliest start.
class Solution {
public:
    int sunniestStretch(vector<int>& energy, int k) {
        int n = energy.size();
        long long total = 0;
        for (int i = 0; i < k; i++) total += energy[i];
        long long best = total;
        int answer = 0;
        for (int s = 1; s + k <= n; s++) {
            total += (long long) energy[s + k - 1] - energy[s - 1];
            if (total > best) {
                best = total;
                answer = s;
            }
        }
        return answer;
    }
};
