// Right method, but the total is a 32-bit int: wide basins of tall walls overflow it.
class Solution {
public:
    long long trappedWater(vector<int>& heights) {
        int left = 0, right = heights.size() - 1, leftMax = 0, rightMax = 0, total = 0;
        while (left <= right) {
            if (leftMax <= rightMax) {
                leftMax = max(leftMax, heights[left]);
                total += leftMax - heights[left++];
            } else {
                rightMax = max(rightMax, heights[right]);
                total += rightMax - heights[right--];
            }
        }
        return total;
    }
};
