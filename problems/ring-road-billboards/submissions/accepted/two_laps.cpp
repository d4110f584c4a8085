// Two laps around the ring; a stack of indices still waiting for a strictly taller billboard.
class Solution {
public:
    vector<int> stepsToTaller(vector<int>& heights) {
        int n = heights.size();
        vector<int> answer(n, -1), waiting;
        waiting.reserve(n);
        for (int j = 0; j < 2 * n; j++) {
            int h = heights[j % n];
            while (!waiting.empty() && heights[waiting.back()] < h) {
                answer[waiting.back()] = j - waiting.back();
                waiting.pop_back();
            }
            if (j < n) waiting.push_back(j);
        }
        return answer;
    }
};
