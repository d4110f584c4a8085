// Sorts once and smashes the leftover with the next stone in that order, never comparing the
// leftover with the rest of the pile again.
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        sort(stones.rbegin(), stones.rend());
        long long carry = stones[0];
        for (size_t i = 1; i < stones.size(); i++) carry = llabs(carry - stones[i]);
        return (int) carry;
    }
};
