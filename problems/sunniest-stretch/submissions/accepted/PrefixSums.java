// Prefix sums: the stretch starting at s totals prefix[s + k] - prefix[s].
class Solution {
    public int sunniestStretch(int[] energy, int k) {
        int n = energy.length;
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + energy[i];
        int answer = 0;
        for (int s = 1; s + k <= n; s++) {
            if (prefix[s + k] - prefix[s] > prefix[answer + k] - prefix[answer]) answer = s;
        }
        return answer;
    }
}
