class Solution {
public:
    vector<long long> othersProduct(vector<int>& nums) {
        size_t n = nums.size();
        vector<long long> out(n);
        long long p = 1;
        for (size_t i = 0; i < n; i++) { out[i] = p; p *= nums[i]; }
        // The suffix product may pass 64 bits only after it has been used for the last time
        // (the statement bounds each suffix, not the whole product): multiply it in first.
        p = 1;
        for (size_t i = n; i-- > 0;) {
            out[i] *= p;
            if (i > 0) p *= nums[i];
        }
        return out;
    }
};
