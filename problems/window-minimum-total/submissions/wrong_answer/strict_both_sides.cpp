// Stops at a strictly smaller value on both sides, so a window whose minimum occurs twice is
// counted once for each occurrence.
class Solution {
public:
    int windowMinimumTotal(vector<int>& a) {
        const long long MOD = 1'000'000'007;
        int n = a.size();
        vector<int> L(n), R(n), st;
        for (int i = 0; i < n; i++) {
            while (!st.empty() && a[st.back()] >= a[i]) st.pop_back();
            L[i] = st.empty() ? -1 : st.back();
            st.push_back(i);
        }
        st.clear();
        for (int i = n - 1; i >= 0; i--) {
            while (!st.empty() && a[st.back()] >= a[i]) st.pop_back();
            R[i] = st.empty() ? n : st.back();
            st.push_back(i);
        }
        long long total = 0;
        for (int i = 0; i < n; i++)
            total = (total + a[i] % MOD * ((long long) (i - L[i]) * (R[i] - i) % MOD)) % MOD;
        return (int) total;
    }
};
