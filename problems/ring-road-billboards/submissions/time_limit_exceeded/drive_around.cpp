// Right answers, but drives around the ring from every billboard: up to n - 1 steps each,
// about 10^10 steps when all 10^5 billboards are equally tall.
class Solution {
public:
    vector<int> stepsToTaller(vector<int>& heights) {
        int n = heights.size();
        vector<int> answer(n, -1);
        for (int i = 0; i < n; i++)
            for (int d = 1; d < n; d++)
                if (heights[(i + d) % n] > heights[i]) {
                    answer[i] = d;
                    break;
                }
        return answer;
    }
};
