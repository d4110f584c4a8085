// Counts only the chosen student and their direct friends (the largest degree plus one):
// forgets that friends pass the rumour on. Repeated pairs are even counted twice.
class Solution {
public:
    int widestRumour(int n, vector<vector<int>>& friendships) {
        vector<int> degree(n, 0);
        for (auto& f : friendships) {
            degree[f[0]]++;
            degree[f[1]]++;
        }
        return *max_element(degree.begin(), degree.end()) + 1;
    }
};
