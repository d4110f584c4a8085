// Forgets the ring: only looks ahead up to billboard n - 1, so answers that need the
// wrap-around come out as -1.
class Solution {
public:
    vector<int> stepsToTaller(vector<int>& heights) {
        int n = heights.size();
        vector<int> answer(n, -1), waiting;
        for (int j = 0; j < n; j++) {
            while (!waiting.empty() && heights[waiting.back()] < heights[j]) {
                answer[waiting.back()] = j - waiting.back();
                waiting.pop_back();
            }
            waiting.push_back(j);
        }
        return answer;
    }
};
